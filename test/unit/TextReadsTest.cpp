//===--- TextReadsTest.cpp - lib/TextReads --------------------------------===//

#include "InMemoryAST.h"
#include "lib/TextReads.h"

#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy::allochunt;

// Reads of the to_string(N) call with argument N (a distinct literal per
// case), so each case finds its own temporary.
std::optional<TextRead> readOfCase(const InMemoryAST &AST, unsigned N) {
  const auto *Call = AST.first<CallExpr>(
      findAll(callExpr(callee(functionDecl(hasName("::std::to_string"))),
                       hasArgument(0, integerLiteral(equals(N))))
                  .bind("c")),
      "c");
  if (Call == nullptr) {
    ADD_FAILURE() << "no case " << N;
    return std::nullopt;
  }
  return findTextRead(Call, AST.context());
}

// The read of case \p N; a failed test and an empty read when there is none.
TextRead readOf(const InMemoryAST &AST, unsigned N) {
  const std::optional<TextRead> Read = readOfCase(AST, N);
  if (!Read) {
    ADD_FAILURE() << "no read in case " << N;
    return TextRead{};
  }
  return *Read;
}

const char *const Cases = R"cpp(
#include <string>
#include <string_view>
void f(std::string t, std::string_view v, const char *p) {
  bool b;
  b = std::to_string(1) == "1";
  b = "2" != std::to_string(2);
  b = std::to_string(3) < t;
  b = std::to_string(4).find('4') != std::string::npos;
  b = std::to_string(5).empty();
  b = (std::to_string(6)).size() > 1;
  b = std::to_string(7).compare(p) == 0;
  b = t.find(std::to_string(8)) == 0;
  b = v == std::to_string(9);
  std::string kept = std::to_string(10);
  b = std::to_string(11)[0] == '1';
  t += std::to_string(12);
  b = std::to_string(13).starts_with("1");
  b = std::to_string(14).length() == 2;
}
)cpp";

TEST(TextReadsTest, ComparisonsAsWritten) {
  const InMemoryAST AST(Cases, {"-std=c++20"});
  ASSERT_TRUE(AST.ok());
  const TextRead Eq = readOf(AST, 1);
  EXPECT_EQ(Eq.Kind, TextReadKind::Compared);
  EXPECT_EQ(Eq.Operator, BO_EQ);
  EXPECT_FALSE(Eq.AsArgument);
  EXPECT_TRUE(Eq.Other != nullptr &&
              isa<StringLiteral>(Eq.Other->IgnoreImpCasts()));

  // Rewritten in C++20 as !(to_string(2) == "2"): still the written `!=`.
  const TextRead Ne = readOf(AST, 2);
  EXPECT_EQ(Ne.Operator, BO_NE);
  EXPECT_TRUE(Ne.AsArgument);
  EXPECT_TRUE(isa_and_nonnull<CXXRewrittenBinaryOperator>(Ne.Read));

  const TextRead Less = readOf(AST, 3);
  EXPECT_EQ(Less.Operator, BO_LT);

  // Through the conversion to std::string_view.
  const TextRead View = readOf(AST, 9);
  EXPECT_EQ(View.Kind, TextReadKind::Compared);
  EXPECT_TRUE(View.AsArgument);
}

TEST(TextReadsTest, ComparisonsBeforeCxx20) {
  const InMemoryAST AST(
      R"cpp(
#include <string>
bool f(int n) { return "2" != std::to_string(2); }
)cpp",
      {"-std=c++17"});
  ASSERT_TRUE(AST.ok());
  const TextRead Ne = readOf(AST, 2);
  EXPECT_EQ(Ne.Operator, BO_NE);
  EXPECT_TRUE(Ne.AsArgument);
}

TEST(TextReadsTest, MemberReads) {
  const InMemoryAST AST(Cases, {"-std=c++20"});
  ASSERT_TRUE(AST.ok());
  const TextRead Find = readOf(AST, 4);
  EXPECT_EQ(Find.Kind, TextReadKind::Searched);
  EXPECT_EQ(Find.Member, "find");
  EXPECT_NE(Find.Other, nullptr);

  const TextRead Empty = readOf(AST, 5);
  EXPECT_EQ(Empty.Kind, TextReadKind::Measured);
  EXPECT_EQ(Empty.Other, nullptr);

  const TextRead Parenthesized = readOf(AST, 6);
  EXPECT_EQ(Parenthesized.Member, "size");

  const TextRead Compare = readOf(AST, 7);
  EXPECT_EQ(Compare.Kind, TextReadKind::Compared);

  const TextRead Needle = readOf(AST, 8);
  EXPECT_EQ(Needle.Kind, TextReadKind::Searched);
  EXPECT_TRUE(Needle.AsArgument);

  EXPECT_EQ(readOf(AST, 13).Kind, TextReadKind::Searched);
  EXPECT_EQ(readOf(AST, 14).Kind, TextReadKind::Measured);
}

TEST(TextReadsTest, OtherUsesAreNotReads) {
  const InMemoryAST AST(Cases, {"-std=c++20"});
  ASSERT_TRUE(AST.ok());
  EXPECT_FALSE(readOfCase(AST, 10)); // stored
  EXPECT_FALSE(readOfCase(AST, 11)); // indexed
  EXPECT_FALSE(readOfCase(AST, 12)); // appended elsewhere
}

TEST(TextReadsTest, LocalsOnlyRead) {
  const InMemoryAST AST(R"cpp(
#include <string>
void use(const std::string &);
bool f(int n) {
  std::string onlyRead = std::to_string(n);
  std::string escapes = std::to_string(n);
  std::string modified = std::to_string(n);
  std::string unused = std::to_string(n);
  use(escapes);
  modified += "x";
  return onlyRead == "1" || onlyRead.find('2') == 0 || onlyRead.empty() ||
         escapes.size() == 1 || modified == "1x";
}
)cpp");
  ASSERT_TRUE(AST.ok());
  const auto *Body = AST.named<FunctionDecl>("f")->getBody();
  llvm::SmallVector<TextRead, 4> Reads;
  EXPECT_TRUE(isOnlyReadText(*AST.named<VarDecl>("onlyRead"), *Body, AST.context(),
                         Reads));
  EXPECT_EQ(Reads.size(), 3U);
  Reads.clear();
  EXPECT_FALSE(isOnlyReadText(*AST.named<VarDecl>("escapes"), *Body,
                          AST.context(), Reads));
  Reads.clear();
  EXPECT_FALSE(isOnlyReadText(*AST.named<VarDecl>("modified"), *Body,
                          AST.context(), Reads));
  Reads.clear();
  EXPECT_FALSE(
      isOnlyReadText(*AST.named<VarDecl>("unused"), *Body, AST.context(), Reads));
}

TEST(TextReadsTest, ReferencesInTheExceptedStatementAreSkipped) {
  const InMemoryAST AST(R"cpp(
#include <string>
bool f(const std::string &name) {
  std::string lower = name;
  lower += "x";
  return lower == "ax";
}
)cpp");
  ASSERT_TRUE(AST.ok());
  const auto *Body = AST.named<FunctionDecl>("f")->getBody();
  const auto *Append = AST.first<Stmt>(
      ast_matchers::findAll(ast_matchers::cxxOperatorCallExpr(
                                ast_matchers::hasOverloadedOperatorName("+="),
                                ast_matchers::isExpansionInMainFile())
                                .bind("a")),
      "a");
  ASSERT_NE(Append, nullptr);
  const auto &Lower = *AST.named<VarDecl>("lower");
  llvm::SmallVector<TextRead, 2> Reads;
  EXPECT_FALSE(isOnlyReadText(Lower, *Body, AST.context(), Reads));
  Reads.clear();
  EXPECT_TRUE(isOnlyReadText(Lower, *Body, AST.context(), Reads, Append));
  EXPECT_EQ(Reads.size(), 1U);
}

const char *const StreamCases = R"cpp(
#include <ostream>
#include <string>
struct Log {};
Log &operator<<(Log &, const std::string &);
void g(std::ostream &os, Log &log) {
  os << std::to_string(1);
  os << "x" << std::to_string(2) << '\n';
  log << std::to_string(3);
  std::string kept = std::to_string(4);
}
)cpp";

TEST(TextReadsTest, StreamedOutOnlyThroughTheStandardOperator) {
  const InMemoryAST AST(StreamCases);
  ASSERT_TRUE(AST.ok());
  const auto IsStreamed = [&AST](unsigned N) {
    const auto *Call = AST.first<CallExpr>(
        findAll(callExpr(callee(functionDecl(hasName("::std::to_string"))),
                         hasArgument(0, integerLiteral(equals(N))))
                    .bind("c")),
        "c");
    return Call != nullptr && isStreamedOut(Call, AST.context());
  };
  EXPECT_TRUE(IsStreamed(1));
  EXPECT_TRUE(IsStreamed(2));
  EXPECT_FALSE(IsStreamed(3));
  EXPECT_FALSE(IsStreamed(4));
}

} // namespace
} // namespace allochunt::test
