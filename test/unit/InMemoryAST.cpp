//===--- InMemoryAST.cpp - parse a snippet and match in it, for unit tests ===//

#include "InMemoryAST.h"

#include "clang/Frontend/ASTUnit.h"
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

InMemoryAST::~InMemoryAST() = default;
InMemoryAST::InMemoryAST(InMemoryAST &&) noexcept = default;
InMemoryAST &InMemoryAST::operator=(InMemoryAST &&) noexcept = default;

clang::ASTContext &InMemoryAST::context() const {
  return Unit->getASTContext();
}

} // namespace allochunt::test
