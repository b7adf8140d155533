//===--- RemoteIndexUnavailable.cpp - no remote index in allochunt-clangd -===//
//
// Debian builds clangd's remote-index client with gRPC, so linking its
// libclangdRemoteIndex.a would pull in gRPC and protobuf development packages
// for one rarely used flag (--remote-index-address). allochunt-clangd links
// without that library and answers clangd's request for a remote-index
// client the way a clangd built without remote-index support does: with no
// client, after saying so. Everything else (background and static indexes)
// is unaffected.
//
//===----------------------------------------------------------------------===//

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <memory>

namespace clang::clangd {
class SymbolIndex;
namespace remote {

// The declaration in clangd's index/remote/Client.h (not installed); clangd's
// main calls it, so it must stay external.
// NOLINTNEXTLINE(misc-use-internal-linkage)
std::unique_ptr<SymbolIndex> getClient(llvm::StringRef Address,
                                       llvm::StringRef IndexRoot);

std::unique_ptr<SymbolIndex> getClient(llvm::StringRef Address,
                                       llvm::StringRef IndexRoot) {
  llvm::errs() << "allochunt-clangd: no remote index support; ignoring "
               << Address << " for " << IndexRoot << "\n";
  return nullptr;
}

} // namespace remote
} // namespace clang::clangd
