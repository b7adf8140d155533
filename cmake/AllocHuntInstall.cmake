# `cmake --install BUILD --prefix P` installs
#   P/lib/libAllocHunt.so, libAllocHuntChecks.so   the plugin and the module it opens
#   P/bin/allochunt-tidy, allochunt-clangd, allochunt-report
#   P/lib/clang -> the matching LLVM's Clang resource directory (builtin headers), which
#                  allochunt-tidy and allochunt-clangd look for next to their bin/
#   P/share/doc/allochunt/                         docs/ (check pages, guides)
#   P/lib/cmake/AllocHunt/                         the package config: find_package(AllocHunt)
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(ALLOCHUNT_INSTALL_CMAKEDIR "lib/cmake/AllocHunt")
set_target_properties(AllocHunt PROPERTIES EXPORT_NAME plugin)
set_target_properties(allochunt-tidy PROPERTIES EXPORT_NAME tidy)
set_target_properties(allochunt-clangd PROPERTIES EXPORT_NAME clangd)
set_target_properties(allochunt-report PROPERTIES EXPORT_NAME report)

# Installed binaries find libLLVM and libclang-cpp where the build found them.
set_target_properties(AllocHuntChecks allochunt-tidy allochunt-clangd PROPERTIES
  INSTALL_RPATH "${ALLOCHUNT_LLVM_PREFIX}/lib")

# The plugin opens libAllocHuntChecks.so from its own directory: keep them together.
install(TARGETS AllocHunt EXPORT AllocHuntTargets LIBRARY DESTINATION lib)
install(TARGETS AllocHuntChecks LIBRARY DESTINATION lib)
install(TARGETS allochunt-tidy allochunt-clangd allochunt-report EXPORT AllocHuntTargets
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(CODE "
  set(link \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/lib/clang\")
  if(NOT EXISTS \"\${link}\" AND NOT IS_SYMLINK \"\${link}\")
    message(STATUS \"Installing: \${link} -> ${ALLOCHUNT_LLVM_PREFIX}/lib/clang\")
    file(MAKE_DIRECTORY \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/lib\")
    file(CREATE_LINK \"${ALLOCHUNT_LLVM_PREFIX}/lib/clang\" \"\${link}\" SYMBOLIC)
  endif()")
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/allochunt)

install(EXPORT AllocHuntTargets NAMESPACE AllocHunt:: DESTINATION ${ALLOCHUNT_INSTALL_CMAKEDIR})
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/AllocHuntConfig.cmake.in
  ${CMAKE_BINARY_DIR}/AllocHuntConfig.cmake INSTALL_DESTINATION ${ALLOCHUNT_INSTALL_CMAKEDIR})
# One AllocHunt release per LLVM major: a project asks for the version it was written for.
write_basic_package_version_file(${CMAKE_BINARY_DIR}/AllocHuntConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_BINARY_DIR}/AllocHuntConfig.cmake
  ${CMAKE_BINARY_DIR}/AllocHuntConfigVersion.cmake DESTINATION ${ALLOCHUNT_INSTALL_CMAKEDIR})
