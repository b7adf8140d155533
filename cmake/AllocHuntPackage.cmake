# `cpack -G DEB` in a build directory makes allochunt-N_<version>_<arch>.deb, one package per
# LLVM major N, laid out like Debian's own LLVM packages so that packages for different LLVM
# versions install side by side:
#   /usr/lib/allochunt-N/{bin,lib,share}    what `cmake --install` puts in a prefix
#   /usr/bin/allochunt-tidy-N, allochunt-clangd-N, allochunt-report-N   links into it
#   /usr/share/doc/allochunt-N              a link to the docs
# It depends on runtime packages only (never the -dev ones): clang-tidy-N, whose plugin
# interface libAllocHunt.so loads into and which brings Clang's builtin headers, and what
# dpkg-shlibdeps (dpkg-dev) reads off the binaries: libclang-cppN (which brings libllvmN),
# libyaml-cpp, libstdc++, libc.
set(ALLOCHUNT_DEB_PREFIX "/usr/lib/allochunt-${ALLOCHUNT_LLVM_MAJOR}")

# The /usr/bin and /usr/share/doc links: a component of its own, excluded from a plain
# `cmake --install` (a prefix of the user's gets no links out of it) and packaged by cpack.
set(links "")
foreach(tool allochunt-tidy allochunt-clangd allochunt-report)
  string(APPEND links
    "file(CREATE_LINK \"../lib/allochunt-${ALLOCHUNT_LLVM_MAJOR}/bin/${tool}\" "
    "\"\$ENV{DESTDIR}/usr/bin/${tool}-${ALLOCHUNT_LLVM_MAJOR}\" SYMBOLIC)\n")
endforeach()
install(CODE "
  file(MAKE_DIRECTORY \"\$ENV{DESTDIR}/usr/bin\" \"\$ENV{DESTDIR}/usr/share/doc\")
  ${links}
  file(CREATE_LINK \"../../lib/allochunt-${ALLOCHUNT_LLVM_MAJOR}/share/doc/allochunt\"
       \"\$ENV{DESTDIR}/usr/share/doc/allochunt-${ALLOCHUNT_LLVM_MAJOR}\" SYMBOLIC)"
  COMPONENT deb-links EXCLUDE_FROM_ALL)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME "allochunt-${ALLOCHUNT_LLVM_MAJOR}")
set(CPACK_PACKAGE_VENDOR "AllocHunt")
set(CPACK_PACKAGE_CONTACT "AllocHunt developers <allochunt@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
  "clang-tidy checks for hidden heap allocations in C++ (LLVM ${ALLOCHUNT_LLVM_MAJOR})")
set(CPACK_PACKAGE_DESCRIPTION
  "AllocHunt finds hidden heap allocations in C++ (temporary strings built only to look up a key, regexes rebuilt per call, strings built only to be measured) and the hazards found with them, and fixes them where that is safe. This package has the clang-tidy-${ALLOCHUNT_LLVM_MAJOR} plugin, allochunt-tidy-${ALLOCHUNT_LLVM_MAJOR} (clang-tidy with the checks built in), allochunt-clangd-${ALLOCHUNT_LLVM_MAJOR}, allochunt-report-${ALLOCHUNT_LLVM_MAJOR}, the CMake package and the documentation.")
set(CPACK_PACKAGING_INSTALL_PREFIX "${ALLOCHUNT_DEB_PREFIX}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "clang-tidy-${ALLOCHUNT_LLVM_MAJOR}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# One package holding the default component and the links.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
set(CPACK_COMPONENTS_ALL Unspecified deb-links)
set(CPACK_STRIP_FILES ON)
include(CPack)
