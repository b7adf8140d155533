//===--- ConstantInitializerTest.cpp - lib/ConstantInitializer ------------===//

#include "lib/ConstantInitializer.h"
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
#include <utility>
#include <vector>
using namespace std::string_literals;
enum Color { Red, Green };
constexpr int Limit = 4;
constexpr const char *Greeting = "hello";
int Counter = 0;
int next();
struct Point { int X, Y; };
struct Logged { Logged(int); };
struct Literal { constexpr Literal(int V) : V(V) {} int V; };
namespace lib { struct Table { Table(std::initializer_list<int>); }; }

void ints() { std::vector<int> v{1, 2, Limit, Green}; }
void strings() { std::vector<std::string> v = {"a", "b"}; }
void nested() { std::map<std::string, std::vector<int>> v{{"k", {1, 2}}}; }
void array() { std::array<std::string, 2> v{"a", "b"}; }
void aggregates() { std::vector<Point> v{{1, 2}, {3, 4}}; }
void constexprConstructor() { std::vector<Literal> v{Literal(1)}; }
void repeated() { std::string v(40, '-'); }
void stringLiteralOperator() { std::string v = "a long string literal"s; }
void constexprPointer() { std::string v(Greeting); }
void makePair() { std::vector<std::pair<int, int>> v{std::make_pair(1, 2)}; }
void regexFlags() {
  std::regex v(R"(\d+)", std::regex::icase | std::regex::ECMAScript);
}
void regexTemporary() { auto v = std::regex("^[a-z]+$"); }
void constLocal() { const int n = 3; std::vector<int> v(n, 0); }
void mutableLocal() { int n = 3; std::vector<int> v(n, 0); }
void parameter(int param) { std::vector<int> v{1, param}; }
void global() { std::vector<int> v{Counter}; }
void call() { std::vector<int> v{next()}; }
void sideEffectConstructor() { std::vector<Logged> v{Logged(1)}; }
void copiedLocal() { std::string s = "x"; std::vector<std::string> v{s}; }
void concatenation() { std::string v = std::string("a") + "b"; }
void localBuffer() { char buf[8] = {}; std::string v(buf); }
void configured() { lib::Table v{1, 2}; }
)cpp";

class ConstantInitializerTest : public ::testing::Test {
protected:
  static void SetUpTestSuite() { AST = new InMemoryAST(Code); }
  static void TearDownTestSuite() {
    delete AST;
    AST = nullptr;
  }

  static bool isConstantIn(llvm::StringRef Function,
                           const std::vector<llvm::StringRef> &Extra = {}) {
    const auto *Var = AST->first<VarDecl>(
        findAll(varDecl(hasName("v"),
                        hasDeclContext(functionDecl(hasName(Function))))
                    .bind("v")),
        "v");
    if (Var == nullptr || Var->getInit() == nullptr) {
      ADD_FAILURE() << "no initialised v in " << Function.str();
      return false;
    }
    return isBuiltFromConstants(*Var->getInit(), AST->context(), Extra);
  }

  static InMemoryAST *AST;
};

InMemoryAST *ConstantInitializerTest::AST = nullptr;

TEST_F(ConstantInitializerTest, LiteralsListsAndNestedConstructors) {
  ASSERT_TRUE(AST->ok());
  for (const char *Function :
       {"ints", "strings", "nested", "array", "aggregates",
        "constexprConstructor", "repeated", "stringLiteralOperator",
        "constexprPointer", "makePair"})
    EXPECT_TRUE(isConstantIn(Function)) << Function;
}

TEST_F(ConstantInitializerTest, RegexFlagsAreConstantExpressions) {
  EXPECT_TRUE(isConstantIn("regexFlags"));
  EXPECT_TRUE(isConstantIn("regexTemporary"));
}

TEST_F(ConstantInitializerTest, ConstLocalsWithConstantValuesCount) {
  EXPECT_TRUE(isConstantIn("constLocal"));
  EXPECT_FALSE(isConstantIn("mutableLocal"));
}

TEST_F(ConstantInitializerTest, ParametersGlobalsAndCallsAreNotConstant) {
  for (const char *Function :
       {"parameter", "global", "call", "sideEffectConstructor", "copiedLocal",
        "concatenation", "localBuffer"})
    EXPECT_FALSE(isConstantIn(Function)) << Function;
}

TEST_F(ConstantInitializerTest, ConfiguredClassesCountAsSideEffectFree) {
  EXPECT_FALSE(isConstantIn("configured"));
  EXPECT_TRUE(isConstantIn("configured", {"::lib::Table"}));
  EXPECT_TRUE(isConstantIn("configured", {"lib::Table"}));
}

} // namespace
} // namespace allochunt::test
