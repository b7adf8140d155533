//===--- InitializerContentsTest.cpp - lib/InitializerContents ------------===//

#include "lib/InitializerContents.h"
#include "InMemoryAST.h"

#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy::allochunt;

// Each case declares `v` in its own function; all are parsed once.
const char *const Code = R"cpp(
#include <array>
#include <map>
#include <regex>
#include <string>
#include <vector>
using namespace std::string_literals;
void defaulted() { std::vector<int> v; }
void emptyBraces() { std::vector<int> v{}; }
void emptyList() { std::vector<int> v = {}; }
void emptyPattern() { std::regex v(""); }
void oneElement() { std::vector<int> v{1}; }
void counted() { std::vector<int> v(3); }
void threeElements() { std::vector<int> v{1, 2, 3}; }
void twoPairs() { std::map<int, int> v{{1, 2}, {3, 4}}; }
void partialArray() { std::array<int, 4> v{1, 2}; }
void filled() { std::vector<int> v(3, 1); }
void shortAndLong() {
  std::vector<std::string> v{"short", "fifteen chars..", "sixteen chars..."};
}
void shortOnly() { std::vector<std::string> v{"short", "fifteen chars.."}; }
void mapStrings() {
  std::map<std::string, std::string> v{{"a key that is long", "v"},
                                       {"k", "a value that is long"}};
}
void arrayWithOperator() {
  std::array<std::string, 2> v{"x", "a longer string literal"s};
}
void wide() { std::vector<std::wstring> v{L"abc", L"abcd"}; }
void twenty() { std::string v = "twenty characters..."; }
void forty() { std::string v(40, '-'); }
void temporary() { auto v = std::string("abc"); }
void prefix() { std::string v("abcdef", 2); }
)cpp";

class InitializerContentsTest : public ::testing::Test {
protected:
  static void SetUpTestSuite() { AST = new InMemoryAST(Code); }
  static void TearDownTestSuite() {
    delete AST;
    AST = nullptr;
  }

  static InitializerContents in(llvm::StringRef Function,
                                unsigned Capacity = 15) {
    const auto *Var = AST->first<VarDecl>(
        findAll(varDecl(hasName("v"),
                        hasDeclContext(functionDecl(hasName(Function))))
                    .bind("v")),
        "v");
    if (Var == nullptr || Var->getInit() == nullptr) {
      ADD_FAILURE() << "no initialised v in " << Function.str();
      return {};
    }
    return describeInitializer(*Var->getInit(), AST->context(), Capacity);
  }

  static InMemoryAST *AST;
};

InMemoryAST *InitializerContentsTest::AST = nullptr;

TEST_F(InitializerContentsTest, EmptyInitialisers) {
  ASSERT_TRUE(AST->ok());
  for (const char *Function :
       {"defaulted", "emptyBraces", "emptyList", "emptyPattern"})
    EXPECT_TRUE(in(Function).Empty) << Function;
  EXPECT_FALSE(in("oneElement").Empty);
  EXPECT_FALSE(in("counted").Empty);
}

TEST_F(InitializerContentsTest, ListedElements) {
  EXPECT_EQ(in("threeElements").ListedElements, 3U);
  EXPECT_EQ(in("twoPairs").ListedElements, 2U);
  EXPECT_EQ(in("partialArray").ListedElements, 2U);
  EXPECT_FALSE(in("filled").ListedElements);
}

TEST_F(InitializerContentsTest, OnlyStringsLongerThanTheBufferAllocate) {
  EXPECT_EQ(in("shortAndLong").AllocatingStrings, 1U);
  EXPECT_EQ(in("shortOnly").AllocatingStrings, 0U);
  EXPECT_EQ(in("shortOnly", 4).AllocatingStrings, 2U);
  EXPECT_EQ(in("mapStrings").AllocatingStrings, 2U);
  EXPECT_EQ(in("arrayWithOperator").AllocatingStrings, 1U);
  // A wchar_t is four bytes: 15 bytes hold 3 of them.
  EXPECT_EQ(in("wide").AllocatingStrings, 1U);
}

TEST_F(InitializerContentsTest, StringLengths) {
  EXPECT_EQ(in("twenty").StringLength, 20U);
  EXPECT_EQ(in("forty").StringLength, 40U);
  EXPECT_EQ(in("temporary").StringLength, 3U);
  EXPECT_EQ(in("prefix").StringLength, 2U);
  EXPECT_FALSE(in("oneElement").StringLength);
}

TEST(InitializerContentsCxx11Test, SeesThroughElidableMoves) {
  const InMemoryAST AST(
      "#include <string>\n#include <vector>\n"
      "void f() { std::string v = \"twenty characters...\"; }\n"
      "void g() { std::vector<std::string> v = {\"a string of "
      "twenty-eight chars\"}; }\n"
      "void h() { auto v = std::vector<int>{}; }",
      {"-std=c++11"});
  ASSERT_TRUE(AST.ok());
  auto In = [&](llvm::StringRef Function) {
    const auto *Var = AST.first<VarDecl>(
        findAll(varDecl(hasName("v"),
                        hasDeclContext(functionDecl(hasName(Function))))
                    .bind("v")),
        "v");
    return describeInitializer(*Var->getInit(), AST.context(), 15);
  };
  EXPECT_EQ(In("f").StringLength, 20U);
  EXPECT_EQ(In("g").AllocatingStrings, 1U);
  EXPECT_TRUE(In("h").Empty);
}

TEST(InitializerContentsBufferTest, SmallStringBufferScalesWithCharacterSize) {
  const InMemoryAST AST("char C; wchar_t W; char16_t U;");
  ASSERT_TRUE(AST.ok());
  auto TypeOf = [&](llvm::StringRef Name) {
    return AST.named<VarDecl>(Name)->getType();
  };
  EXPECT_FALSE(exceedsSmallStringBuffer(15, TypeOf("C"), AST.context(), 15));
  EXPECT_TRUE(exceedsSmallStringBuffer(16, TypeOf("C"), AST.context(), 15));
  EXPECT_TRUE(exceedsSmallStringBuffer(4, TypeOf("W"), AST.context(), 15));
  EXPECT_FALSE(exceedsSmallStringBuffer(7, TypeOf("U"), AST.context(), 15));
  EXPECT_TRUE(exceedsSmallStringBuffer(8, TypeOf("U"), AST.context(), 15));
}

} // namespace
} // namespace allochunt::test
