//===--- InMemoryAST.cpp - parse a snippet and match in it, for unit tests ===//

#include "InMemoryAST.h"

#include "clang/Tooling/Tooling.h"
#include "gtest/gtest.h"

namespace allochunt::test {

InMemoryAST::InMemoryAST(const std::string &Code,
                         std::vector<std::string> Args) {
  // The builtin headers of the Clang we link (stddef.h and friends).
  Args.emplace_back("-resource-dir=" ALLOCHUNT_CLANG_RESOURCE_DIR);
  Unit = clang::tooling::buildASTFromCodeWithArgs(Code, Args, "input.cpp");
  if (!Unit || Unit->getDiagnostics().hasErrorOccurred()) {
    ADD_FAILURE() << "snippet does not compile:\n" << Code;
    Unit.reset();
  }
}

} // namespace allochunt::test
