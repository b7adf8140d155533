//===--- PluginLoader.cpp - version-checking loader for `clang-tidy -load` ===//
//
// `clang-tidy -load libAllocHunt.so` opens this library. It has no LLVM
// dependency of its own, so it can be loaded by any clang-tidy: it asks the
// host for its LLVM version (LLVMGetVersion, exported by libLLVM) and, only if
// the major version matches the one AllocHunt was built against, opens the
// real module (libAllocHuntChecks.so, next to this file), whose static
// initialiser registers the allochunt checks. A mismatch stops clang-tidy with
// one clear line instead of a crash or an unresolved-symbol error.
//
//===----------------------------------------------------------------------===//

#include <dlfcn.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#ifndef ALLOCHUNT_LLVM_MAJOR
#error "ALLOCHUNT_LLVM_MAJOR must be defined by the build"
#endif

namespace {

using GetVersionFunction = void (*)(unsigned *, unsigned *, unsigned *);

[[noreturn]] void stop(const std::string &Message) {
  std::fprintf(stderr, "error: AllocHunt plugin: %s\n", Message.c_str());
  std::fflush(stderr);
  std::_Exit(1);
}

// The directory this library was loaded from, with a trailing '/'.
std::string ownDirectory() {
  Dl_info Info{};
  if (dladdr(reinterpret_cast<void *>(&ownDirectory), &Info) == 0 ||
      Info.dli_fname == nullptr)
    return "";
  const std::string Path = Info.dli_fname;
  const std::size_t Slash = Path.rfind('/');
  return Slash == std::string::npos ? "" : Path.substr(0, Slash + 1);
}

__attribute__((constructor)) void loadAllocHuntModule() {
  auto *GetVersion = reinterpret_cast<GetVersionFunction>(
      dlsym(RTLD_DEFAULT, "LLVMGetVersion"));
  if (GetVersion == nullptr)
    stop("the host program does not export LLVMGetVersion; load this "
         "plugin into clang-tidy-" +
         std::to_string(ALLOCHUNT_LLVM_MAJOR));
  unsigned Major = 0;
  unsigned Minor = 0;
  unsigned Patch = 0;
  GetVersion(&Major, &Minor, &Patch);
  if (Major != ALLOCHUNT_LLVM_MAJOR)
    stop("built for clang-tidy " + std::to_string(ALLOCHUNT_LLVM_MAJOR) +
         " but loaded into clang-tidy " + std::to_string(Major) + "." +
         std::to_string(Minor) + "." + std::to_string(Patch) +
         "; use clang-tidy-" + std::to_string(ALLOCHUNT_LLVM_MAJOR) +
         " or rebuild AllocHunt with LLVM_VERSION=" + std::to_string(Major));

  const std::string Module = ownDirectory() + "libAllocHuntChecks.so";
  if (dlopen(Module.c_str(), RTLD_NOW | RTLD_GLOBAL) == nullptr) {
    const char *Error = dlerror();
    stop("cannot load the checks: " + std::string(Error != nullptr ? Error : Module.c_str()));
  }
}

} // namespace
