//===--- InMemoryAST.h - parse a snippet and match in it, for unit tests --===//
//
// A small harness around Clang's tooling API: parse C++ held in a string
// (with the real standard library headers, or a mock prelude) and fetch the
// first node a matcher binds. Tests own the snippet; nothing touches disk.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_TEST_UNIT_INMEMORYAST_H
#define ALLOCHUNT_TEST_UNIT_INMEMORYAST_H

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"

#include <memory>
#include <string>
#include <vector>

namespace clang {
class ASTUnit;
} // namespace clang

namespace allochunt::test {

/// A parsed snippet. Fails the current test (and holds no AST) if the code
/// does not compile.
class InMemoryAST {
public:
  explicit InMemoryAST(const std::string &Code,
                       std::vector<std::string> Args = {"-std=c++20"});
  // Out of line: clang::ASTUnit is incomplete here. The header leaves out
  // clang/Frontend/ASTUnit.h, which every unit test would otherwise parse
  // (about a third of a unit test's self-lint time).
  ~InMemoryAST();
  InMemoryAST(InMemoryAST &&) noexcept;
  InMemoryAST &operator=(InMemoryAST &&) noexcept;
  InMemoryAST(const InMemoryAST &) = delete;
  InMemoryAST &operator=(const InMemoryAST &) = delete;

  bool ok() const { return Unit != nullptr; }
  clang::ASTContext &context() const;

  /// The first node bound to \p ID by \p Matcher, or null.
  template <typename NodeT, typename MatcherT>
  const NodeT *first(const MatcherT &Matcher, llvm::StringRef ID) const {
    auto Matches = clang::ast_matchers::match(Matcher, context());
    return clang::ast_matchers::selectFirst<NodeT>(ID, Matches);
  }

  /// The first declaration named \p Name of kind NodeT.
  template <typename NodeT> const NodeT *named(llvm::StringRef Name) const {
    using namespace clang::ast_matchers;
    return first<NodeT>(
        findAll(namedDecl(hasName(Name), isExpansionInMainFile()).bind("n")),
        "n");
  }

private:
  std::unique_ptr<clang::ASTUnit> Unit;
};

} // namespace allochunt::test

#endif // ALLOCHUNT_TEST_UNIT_INMEMORYAST_H
