//===--- StringReadsTest.cpp - lib/StringReads ----------------------------===//

#include "InMemoryAST.h"
#include "lib/StringReads.h"

#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy::allochunt;

const char *const Prelude = R"cpp(
#include <algorithm>
#include <map>
#include <ranges>
#include <string>
#include <string_view>
#include <vector>
std::map<std::string, int> Map;
std::vector<std::string> Words;
std::vector<const char *> Pointers;
struct Account { std::string Name; };
std::vector<Account> Accounts;
void keep(const std::string &);
)cpp";

// Every reference to `Key` in function f, classified.
std::vector<std::optional<StringRead>> readsOfKey(const std::string &Body) {
  const InMemoryAST AST(std::string(Prelude) + Body, {"-std=c++20"});
  std::vector<std::optional<StringRead>> Reads;
  if (!AST.ok())
    return Reads;
  const auto *Key = AST.named<VarDecl>("Key");
  if (Key == nullptr)
    return Reads;
  auto References = referencesInFunction(*Key, 16);
  if (!References)
    return Reads;
  for (const DeclRefExpr *Ref : *References)
    Reads.push_back(readOfReference(*Ref, AST.context()));
  return Reads;
}

std::optional<StringReadKind> onlyReadKind(const std::string &Body) {
  auto Reads = readsOfKey(Body);
  if (Reads.size() != 1 || !Reads[0])
    return std::nullopt;
  return Reads[0]->Kind;
}

TEST(StringReadsTest, LookupKeys) {
  auto Reads = readsOfKey("void f() { std::string Key; Map.find(Key); Map.count(Key); }");
  ASSERT_EQ(Reads.size(), 2U);
  ASSERT_TRUE(Reads[0] && Reads[1]);
  EXPECT_EQ(Reads[0]->Kind, StringReadKind::LookupKey);
  EXPECT_EQ(Reads[0]->ReaderName, "find");
  EXPECT_EQ(Reads[1]->ReaderName, "count");
  EXPECT_NE(Reads[0]->Container, nullptr);
  EXPECT_NE(Reads[0]->ContainerObject, nullptr);
}

TEST(StringReadsTest, SearchedValues) {
  EXPECT_EQ(onlyReadKind("void f() { std::string Key; std::find(Words.begin(), Words.end(), Key); }"),
            StringReadKind::SearchedValue);
  EXPECT_EQ(onlyReadKind("void f() { std::string Key; std::ranges::count(Words, Key); }"),
            StringReadKind::SearchedValue);
  auto Reads = readsOfKey("void f() { std::string Key; std::ranges::find(Words.begin(), Words.end(), Key); }");
  ASSERT_EQ(Reads.size(), 1U);
  ASSERT_TRUE(Reads[0]);
  EXPECT_EQ(Reads[0]->ReaderName, "std::ranges::find");
  // Pointers compare addresses; a projection decides what is compared.
  EXPECT_FALSE(onlyReadKind(
      "void f() { std::string Key; std::find(Pointers.begin(), Pointers.end(), Key); }"));
  EXPECT_FALSE(onlyReadKind(
      "void f() { std::string Key; std::ranges::find(Accounts, Key, &Account::Name); }"));
}

TEST(StringReadsTest, Comparisons) {
  auto Reads = readsOfKey("void f(std::string_view V) { std::string Key; (void)(V == Key); }");
  ASSERT_EQ(Reads.size(), 1U);
  ASSERT_TRUE(Reads[0]);
  EXPECT_EQ(Reads[0]->Kind, StringReadKind::ComparisonOperand);
  ASSERT_NE(Reads[0]->OtherOperand, nullptr);
  EXPECT_EQ(onlyReadKind("void f(const char *P) { std::string Key; (void)(Key < P); }"),
            StringReadKind::ComparisonOperand);
  EXPECT_EQ(onlyReadKind("void f(const std::string &S) { std::string Key; (void)(S != Key); }"),
            StringReadKind::ComparisonOperand);
  EXPECT_EQ(onlyReadKind("void f(const std::string &S) { std::string Key; S.compare(Key); }"),
            StringReadKind::CompareArgument);
  EXPECT_EQ(onlyReadKind("void f(const std::string &S) { std::string Key; S.compare(0, 1, Key); }"),
            StringReadKind::CompareArgument);
}

TEST(StringReadsTest, OtherUsesAreNotReads) {
  EXPECT_FALSE(onlyReadKind("void f() { std::string Key; keep(Key); }"));
  EXPECT_FALSE(onlyReadKind("void f() { std::string Key; Key += \"x\"; }"));
  EXPECT_FALSE(onlyReadKind("void f() { std::string Key; (void)Key.size(); }"));
  EXPECT_FALSE(onlyReadKind("void f() { std::string Key; Map[Key] = 1; }"));
  EXPECT_FALSE(onlyReadKind("void f() { std::string Key; Map.erase(Key); }"));
  EXPECT_FALSE(onlyReadKind("void f() { std::string Key; (void)(Key + \"x\" == \"y\"); }"));
}

TEST(StringReadsTest, ReferencesInFunction) {
  const InMemoryAST AST(std::string(Prelude) + R"cpp(
    void f() { std::string Key; Map.count(Key); Map.find(Key); }
    void g() { std::string Key; auto L = [&] { return Map.count(Key); }; L(); }
    void h() { std::string Key; Map.count(Key); Map.count(Key); Map.count(Key); }
    void p(const std::string &Param) { Map.count(Param); }
  )cpp", {"-std=c++20"});
  ASSERT_TRUE(AST.ok());
  auto KeyOf = [&](llvm::StringRef Function) {
    return AST.first<VarDecl>(
        findAll(varDecl(hasName("Key"), hasAncestor(functionDecl(hasName(Function)))).bind("v")),
        "v");
  };
  auto InF = referencesInFunction(*KeyOf("f"), 8);
  ASSERT_TRUE(InF);
  EXPECT_EQ(InF->size(), 2U);
  EXPECT_FALSE(referencesInFunction(*KeyOf("g"), 8)); // inside a lambda
  EXPECT_FALSE(referencesInFunction(*KeyOf("h"), 2)); // over the limit
  EXPECT_FALSE(referencesInFunction(*AST.named<VarDecl>("Map"), 8)); // not a local
  auto InP = referencesInFunction(*AST.named<VarDecl>("Param"), 8); // a parameter
  ASSERT_TRUE(InP);
  EXPECT_EQ(InP->size(), 1U);
}

} // namespace
} // namespace allochunt::test
