//===--- NonOwningStringSourceTest.cpp - lib/NonOwningStringSource --------===//

#include "InMemoryAST.h"
#include "lib/NonOwningStringSource.h"
#include "lib/StringTypes.h"

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
)cpp";

// The source recognised in the argument of the first call to take().
std::optional<NonOwningStringSource> sourceIn(const std::string &Body,
                                              std::vector<std::string> Args = {"-std=c++17"}) {
  const InMemoryAST AST(std::string(Prelude) + Body, std::move(Args));
  if (!AST.ok())
    return std::nullopt;
  const auto *Call = AST.first<CallExpr>(
      findAll(callExpr(callee(functionDecl(hasName("take")))).bind("c")), "c");
  if (Call == nullptr)
    return std::nullopt;
  return findNonOwningStringSource(*Call->getArg(0), {DefaultOwningStringTypes});
}

TEST(NonOwningStringSourceTest, ExplicitTemporaries) {
  auto View = sourceIn("void f(std::string_view V) { take(std::string(V)); }");
  ASSERT_TRUE(View);
  EXPECT_EQ(View->Kind, StringSourceKind::View);
  EXPECT_TRUE(View->Explicit);
  EXPECT_FALSE(View->WrittenType.isNull());

  auto Braced = sourceIn("void f(const char *P) { take(std::string{P}); }");
  ASSERT_TRUE(Braced);
  EXPECT_EQ(Braced->Kind, StringSourceKind::CharacterPointer);
  EXPECT_TRUE(Braced->Explicit);

  auto Cast = sourceIn("void f(std::string_view V) { take(static_cast<std::string>(V)); }");
  ASSERT_TRUE(Cast);
  EXPECT_EQ(Cast->Kind, StringSourceKind::View);

  auto Literal = sourceIn("void f() { take(std::string(\"abcdef\")); }");
  ASSERT_TRUE(Literal);
  EXPECT_EQ(Literal->Kind, StringSourceKind::Literal);
  EXPECT_EQ(Literal->literalByteLength(), 6);
  EXPECT_EQ(View->literalByteLength(), -1);
}

TEST(NonOwningStringSourceTest, TwoArgumentForms) {
  auto Length = sourceIn("void f(const char *P, unsigned N) { take(std::string(P, N)); }");
  ASSERT_TRUE(Length);
  EXPECT_EQ(Length->Kind, StringSourceKind::PointerAndLength);
  ASSERT_NE(Length->Second, nullptr);

  auto Pair = sourceIn("void f(const char *B, const char *E) { take(std::string(B, E)); }");
  ASSERT_TRUE(Pair);
  EXPECT_EQ(Pair->Kind, StringSourceKind::PointerPair);
}

TEST(NonOwningStringSourceTest, ImplicitConversions) {
  auto Implicit = sourceIn("void f(const char *P) { take(P); }");
  ASSERT_TRUE(Implicit);
  EXPECT_EQ(Implicit->Kind, StringSourceKind::CharacterPointer);
  EXPECT_FALSE(Implicit->Explicit);
  EXPECT_TRUE(Implicit->WrittenType.isNull());

  auto Array = sourceIn("void f() { char Buffer[8] = \"x\"; take(Buffer); }");
  ASSERT_TRUE(Array);
  EXPECT_EQ(Array->Kind, StringSourceKind::CharacterPointer);
}

TEST(NonOwningStringSourceTest, CopiesAndOtherConstructorsAreNotSources) {
  EXPECT_FALSE(sourceIn("void f(const std::string &S) { take(std::string(S)); }"));
  EXPECT_FALSE(sourceIn("void f(const std::string &S) { take(std::string(S.c_str())); }"));
  EXPECT_FALSE(sourceIn("void f(const std::string &S) { take(S.data()); }"));
  EXPECT_FALSE(sourceIn("void f() { take(std::string(3, 'x')); }"));
  EXPECT_FALSE(sourceIn("void f(std::string_view V) { take(std::string(V, 1, 2)); }"));
  EXPECT_FALSE(sourceIn("void f(const std::string &S) { take(S); }"));
}

TEST(NonOwningStringSourceTest, ConfiguredStringTypes) {
  const InMemoryAST AST(std::string(Prelude) +
                            "void f(std::string_view V) { take(std::string(V)); }",
                        {"-std=c++17"});
  ASSERT_TRUE(AST.ok());
  const auto *Call = AST.first<CallExpr>(
      findAll(callExpr(callee(functionDecl(hasName("take")))).bind("c")), "c");
  ASSERT_NE(Call, nullptr);
  EXPECT_FALSE(findNonOwningStringSource(*Call->getArg(0), {"::lib::String"}));
}

// Whether `std::string Key(...)` in f may become a view.
bool stable(const std::string &Code) {
  const InMemoryAST AST(std::string(Prelude) + Code, {"-std=c++17"});
  if (!AST.ok())
    return false;
  const auto *Key = AST.named<VarDecl>("Key");
  const auto *Function = AST.named<FunctionDecl>("f");
  if (Key == nullptr || Function == nullptr)
    return false;
  auto Source = findNonOwningStringSource(*Key->getInit(), {DefaultOwningStringTypes});
  return Source && isStableViewSource(*Source, *Function);
}

TEST(NonOwningStringSourceTest, StableSources) {
  EXPECT_TRUE(stable("void f() { std::string Key(\"literal\"); }"));
  EXPECT_TRUE(stable("void f(std::string_view V) { std::string Key(V); }"));
  EXPECT_TRUE(stable("void f(const char *P) { std::string Key = P; }"));
  EXPECT_TRUE(stable("void f(std::string_view V) { std::string Key(V.substr(1)); }"));
  EXPECT_TRUE(stable("void f(const char *P, unsigned N) { std::string Key(P, N); }"));
  EXPECT_TRUE(stable("void f(std::string_view V) { std::string Key(V.data(), V.size()); }"));
}

TEST(NonOwningStringSourceTest, UnstableSources) {
  // The view is modified later, the characters are not const, or they come
  // from a call or a local whose lifetime and contents are not tracked.
  EXPECT_FALSE(stable("void f(std::string_view V) { std::string Key(V); V.remove_prefix(1); }"));
  EXPECT_FALSE(stable("void f(char *P) { std::string Key(P); }"));
  EXPECT_FALSE(stable("const char *g(); void f() { std::string Key(g()); }"));
  EXPECT_FALSE(stable("void f() { char B[4] = \"abc\"; std::string Key(B); }"));
  EXPECT_FALSE(stable("void f(const char *P) { std::string Key(P); ++P; }"));
}

} // namespace
} // namespace allochunt::test
