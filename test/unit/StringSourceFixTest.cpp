//===--- StringSourceFixTest.cpp - lib/StringSourceFix --------------------===//

#include "InMemoryAST.h"
#include "lib/StringSourceFix.h"
#include "lib/StringTypes.h"

#include "clang/Lex/Lexer.h"
#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy::allochunt;

const char *const Prelude = R"cpp(
#include <string>
#include <string_view>
void take(const std::string &);
#define AS_STRING(X) std::string(X)
)cpp";

// "<replaced text> -> <new text>" for the argument of the first take(), or
// "none".
std::string fixFor(const std::string &Body, bool RawSourceFits, bool AsOperand = false,
                   const char *Standard = "-std=c++17") {
  const InMemoryAST AST(std::string(Prelude) + Body, {Standard});
  if (!AST.ok())
    return "<does not compile>";
  const auto *Call = AST.first<CallExpr>(
      findAll(callExpr(callee(functionDecl(hasName("take")))).bind("c")), "c");
  auto Source = findNonOwningStringSource(*Call->getArg(0), {DefaultOwningStringTypes});
  if (!Source)
    return "<no source>";
  const SourceReplacement How =
      chooseSourceReplacement(*Source, RawSourceFits, AST.context().getLangOpts());
  std::optional<FixItHint> Fix =
      sourceReplacementFix(*Source, How, "std::string_view", AsOperand, AST.context());
  if (!Fix)
    return "none";
  return Lexer::getSourceText(Fix->RemoveRange, AST.context().getSourceManager(),
                              AST.context().getLangOpts())
             .str() +
         " -> " + Fix->CodeToInsert;
}

TEST(StringSourceFixTest, ViewsAndPointersReplaceTheString) {
  EXPECT_EQ(fixFor("void f(std::string_view V) { take(std::string(V)); }", false),
            "std::string(V) -> V");
  EXPECT_EQ(fixFor("void f(const char *P) { take(std::string{P}); }", true),
            "std::string{P} -> P");
  EXPECT_EQ(fixFor("void f(const char *P) { take(static_cast<std::string>(P)); }", false),
            "std::string -> std::string_view");
  EXPECT_EQ(fixFor("void f(bool B, const char *P, const char *Q) { take(std::string(B ? P : Q)); }",
                   true, true),
            "std::string(B ? P : Q) -> (B ? P : Q)");
}

TEST(StringSourceFixTest, TwoArgumentFormsBecomeViews) {
  EXPECT_EQ(fixFor("void f(const char *P, unsigned N) { take(std::string(P, N)); }", true),
            "std::string -> std::string_view");
  EXPECT_EQ(fixFor("void f(const char *B, const char *E) { take(std::string(B, E)); }", true),
            "none");
  EXPECT_EQ(fixFor("void f(const char *B, const char *E) { take(std::string(B, E)); }", true,
                   false, "-std=c++20"),
            "std::string -> std::string_view");
}

TEST(StringSourceFixTest, NothingToEditInMacrosOrImplicitConversions) {
  EXPECT_EQ(fixFor("void f(std::string_view V) { take(AS_STRING(V)); }", true), "none");
  EXPECT_EQ(fixFor("void f(const char *P) { take(P); }", true), "none");
}

// The retyping edit for the local `Key` in f.
std::string localFix(const std::string &Code, const char *Standard = "-std=c++17") {
  const InMemoryAST AST(std::string(Prelude) + Code, {Standard});
  if (!AST.ok())
    return "<does not compile>";
  const auto *Key = AST.named<VarDecl>("Key");
  auto Source = findNonOwningStringSource(*Key->getInit(), {DefaultOwningStringTypes});
  if (!Source)
    return "<no source>";
  std::optional<FixItHint> Fix = localAsViewFix(*Key, *Source, "std::string_view", AST.context());
  if (!Fix)
    return "none";
  return Lexer::getSourceText(Fix->RemoveRange, AST.context().getSourceManager(),
                              AST.context().getLangOpts())
             .str() +
         " -> " + Fix->CodeToInsert;
}

TEST(StringSourceFixTest, LocalsBecomeViews) {
  EXPECT_EQ(localFix("void f(std::string_view V) { std::string Key(V); }"),
            "std::string -> std::string_view");
  EXPECT_EQ(localFix("void f(const char *P) { const std::string Key = P; }"),
            "std::string -> std::string_view");
  EXPECT_EQ(localFix("void f(const char *P, unsigned N) { std::string Key{P, N}; }"),
            "std::string -> std::string_view");
}

TEST(StringSourceFixTest, LocalsThatStayStrings) {
  EXPECT_EQ(localFix("void f(std::string_view V) { auto Key = std::string(V); }"), "none");
  EXPECT_EQ(localFix("void f(std::string_view V) { std::string Key = std::string(V); }"), "none");
  EXPECT_EQ(localFix("void f(std::string_view V) { std::string Key(V), Other(V); }"), "none");
  EXPECT_EQ(localFix("const char *g(); void f() { std::string Key(g()); }"), "none");
  EXPECT_EQ(localFix("void f(const char *B, const char *E) { std::string Key(B, E); }"), "none");
  EXPECT_EQ(localFix("void f(const char *B, const char *E) { std::string Key(B, E); }",
                     "-std=c++20"),
            "std::string -> std::string_view");
}

} // namespace
} // namespace allochunt::test
