//===--- MatchTextStabilityTest.cpp - lib/MatchTextStability --------------===//

#include "lib/MatchTextStability.h"
#include "InMemoryAST.h"

#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy::allochunt;

// In each function, the question is asked for `m[1]` in the declaration of
// `copy`, over the rest of the function body.
const char *const Code = R"cpp(
#include <regex>
#include <string>
void use(const std::string &);
bool stable(const std::string &line, const std::regex &re) {
  std::smatch m;
  if (!std::regex_match(line, m, re))
    return false;
  std::string copy = m[1];
  use(line);
  return copy == "x";
}
bool researched(const std::string &line, const std::regex &re) {
  std::smatch m;
  std::regex_search(line, m, re);
  std::string copy = m[1];
  std::regex_search(line, m, re);
  return copy == "x";
}
bool subjectChanged(std::string line, const std::regex &re) {
  std::smatch m;
  std::regex_search(line, m, re);
  std::string copy = m[1];
  line += "!";
  return copy == "x";
}
bool subjectChangedBefore(std::string line, const std::regex &re) {
  std::smatch m;
  line += "!";
  std::regex_search(line, m, re);
  std::string copy = m[1];
  return copy == "x";
}
bool parameter(const std::smatch &m) {
  std::string copy = m[1];
  return copy == "x";
}
bool unknownFiller(std::smatch &fill(std::smatch &)) {
  std::smatch m;
  fill(m);
  std::string copy = m[1];
  return copy == "x";
}
bool iterator(const std::string &line, const std::regex &re) {
  std::sregex_iterator it(line.begin(), line.end(), re);
  std::string copy = (*it)[1];
  return copy == "x";
}
)cpp";

class MatchTextStabilityTest : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    Shared = new InMemoryAST(Code, {"-std=c++17"});
  }
  static void TearDownTestSuite() {
    delete Shared;
    Shared = nullptr;
  }
  void SetUp() override { ASSERT_TRUE(AST.ok()); }

  bool stableIn(llvm::StringRef Function) const {
    const FunctionDecl *F = nullptr;
    for (const Decl *D : AST.context().getTranslationUnitDecl()->decls())
      if (const auto *Candidate = dyn_cast<FunctionDecl>(D))
        if (Candidate->getName() == Function && Candidate->hasBody())
          F = Candidate;
    if (F == nullptr) {
      ADD_FAILURE() << "no function " << Function.str();
      return false;
    }
    const auto Found =
        match(functionDecl(forEachDescendant(
                  varDecl(hasName("copy"), hasInitializer(expr().bind("init")))
                      .bind("copy"))),
              *F, AST.context());
    if (Found.size() != 1) {
      ADD_FAILURE() << "no copy in " << Function.str();
      return false;
    }
    const auto *Copy = Found[0].getNodeAs<VarDecl>("copy");
    // The sub_match expression inside the conversion.
    const auto Subscripts = match(
        expr(forEachDescendant(
            cxxOperatorCallExpr(hasOverloadedOperatorName("[]")).bind("sub"))),
        *Found[0].getNodeAs<Expr>("init"), AST.context());
    if (Subscripts.empty()) {
      ADD_FAILURE() << "no m[1] in " << Function.str();
      return false;
    }
    return isMatchTextStableIn(*Subscripts[0].getNodeAs<Expr>("sub"),
                               {Copy->getEndLoc(), F->getBody()->getEndLoc()},
                               *F->getBody(), AST.context());
  }

  static inline const InMemoryAST *Shared = nullptr;
  const InMemoryAST &AST = *Shared;
};

TEST_F(MatchTextStabilityTest, UnchangedResultsAndSubject) {
  EXPECT_TRUE(stableIn("stable"));
  EXPECT_TRUE(stableIn("subjectChangedBefore"));
  EXPECT_TRUE(stableIn("parameter")); // the caller's search
}

TEST_F(MatchTextStabilityTest, ChangedResultsOrSubject) {
  EXPECT_FALSE(stableIn("researched"));
  EXPECT_FALSE(stableIn("subjectChanged"));
}

TEST_F(MatchTextStabilityTest, WhatItCannotTrace) {
  EXPECT_FALSE(stableIn("unknownFiller")); // filled by an unknown function
  EXPECT_FALSE(stableIn("iterator"));      // not a match_results variable
}

} // namespace
} // namespace allochunt::test
