//===--- AllocHuntVersion.h - AllocHunt's line in --version ---------------===//
//
// allochunt-tidy and allochunt-clangd print their upstream tool's --version
// text (LLVM's, clangd's); this puts AllocHunt's name and version (CMake's
// project version, as ALLOCHUNT_VERSION) and the LLVM it was built against
// in front of it. Only arguments before `--` count: after it come compiler
// flags.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_TOOL_ALLOCHUNTVERSION_H
#define ALLOCHUNT_TOOL_ALLOCHUNTVERSION_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/raw_ostream.h"

namespace allochunt {

inline void printVersionIfAsked(int Argc, const char *const *Argv) {
  for (int I = 1; I < Argc; ++I) {
    const llvm::StringRef Argument = Argv[I];
    if (Argument == "--")
      return;
    if (Argument == "--version" || Argument == "-version") {
      llvm::outs() << "AllocHunt " << ALLOCHUNT_VERSION
                   << " (built against LLVM " << LLVM_VERSION_STRING << ")\n";
      llvm::outs().flush();
      return;
    }
  }
}

} // namespace allochunt

#endif // ALLOCHUNT_TOOL_ALLOCHUNTVERSION_H
