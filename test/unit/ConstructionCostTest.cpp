//===--- ConstructionCostTest.cpp - lib/ConstructionCost ------------------===//

#include "InMemoryAST.h"
#include "lib/ConstructionCost.h"

#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy::allochunt;

// Each case declares `v` in its own function; all are parsed once.
const char *const Code = R"cpp(
#include <array>
#include <deque>
#include <list>
#include <locale>
#include <map>
#include <regex>
#include <string>
#include <unordered_set>
#include <vector>
void vectorOfStrings() {
  std::vector<std::string> v{"a string long enough", "another long string", "x"};
}
void vectorOfInts() { std::vector<int> v{1, 2}; }
void dequeOfInts() { std::deque<int> v{1, 2}; }
void listOfOne() { std::list<int> v{1}; }
void mapWithLongKey() { std::map<std::string, int> v{{"a long enough key", 1}, {"k", 2}}; }
void hashed() { std::unordered_set<int> v{1, 2, 3}; }
void counted() { std::list<int> v(3, 1); }
void arrayOfStrings() { std::array<std::string, 2> v{"a string long enough", "x"}; }
void eighty() { std::string v(80, '-'); }
void eleven() { std::string v(11, '-'); }
void hundred() { std::string v(100, '-'); }
void pattern() { std::regex v("[a-z]+"); }
void named() { std::locale v("de_DE.UTF-8"); }
struct Other { Other(int); };
void other() { Other v(1); }
)cpp";

class ConstructionCostTest : public ::testing::Test {
protected:
  static void SetUpTestSuite() { AST = new InMemoryAST(Code); }
  static void TearDownTestSuite() {
    delete AST;
    AST = nullptr;
  }

  static const VarDecl *varIn(llvm::StringRef Function) {
    return AST->first<VarDecl>(
        findAll(varDecl(hasName("v"),
                        hasDeclContext(functionDecl(hasName(Function))))
                    .bind("v")),
        "v");
  }
  static std::string costIn(llvm::StringRef Function) {
    const VarDecl *Var = varIn(Function);
    if (Var == nullptr) {
      ADD_FAILURE() << "no v in " << Function.str();
      return "";
    }
    return describeConstructionCost(
        *Var->getType()->getAsCXXRecordDecl(),
        describeInitializer(*Var->getInit(), AST->context(), 15));
  }
  static AllocationShape shapeIn(llvm::StringRef Function) {
    return allocationShapeOf(*varIn(Function)->getType()->getAsCXXRecordDecl());
  }

  static InMemoryAST *AST;
};

InMemoryAST *ConstructionCostTest::AST = nullptr;

TEST_F(ConstructionCostTest, ShapesFollowTheClassTemplate) {
  ASSERT_TRUE(AST->ok());
  EXPECT_EQ(shapeIn("vectorOfInts"), AllocationShape::Buffer);
  EXPECT_EQ(shapeIn("dequeOfInts"), AllocationShape::Blocks);
  EXPECT_EQ(shapeIn("listOfOne"), AllocationShape::Nodes);
  EXPECT_EQ(shapeIn("mapWithLongKey"), AllocationShape::Nodes);
  EXPECT_EQ(shapeIn("hashed"), AllocationShape::Hashed);
  EXPECT_EQ(shapeIn("arrayOfStrings"), AllocationShape::Array);
  EXPECT_EQ(shapeIn("eighty"), AllocationShape::String);
  EXPECT_EQ(shapeIn("pattern"), AllocationShape::Regex);
  EXPECT_EQ(shapeIn("named"), AllocationShape::Locale);
  EXPECT_EQ(shapeIn("other"), AllocationShape::Other);
}

TEST_F(ConstructionCostTest, ContainersNameTheirStorageAndLongStrings) {
  EXPECT_EQ(costIn("vectorOfStrings"),
            "its buffer and 2 'std::string' elements allocated");
  EXPECT_EQ(costIn("vectorOfInts"), "its buffer allocated");
  EXPECT_EQ(costIn("dequeOfInts"), "its blocks allocated");
  EXPECT_EQ(costIn("listOfOne"), "1 node allocated");
  EXPECT_EQ(costIn("mapWithLongKey"), "2 nodes and 1 string allocated");
  EXPECT_EQ(costIn("hashed"), "3 nodes and a bucket array allocated");
  EXPECT_EQ(costIn("counted"), "its nodes allocated");
  EXPECT_EQ(costIn("arrayOfStrings"), "1 'std::string' element allocated");
  EXPECT_EQ(costIn("other"), "its contents allocated");
}

TEST_F(ConstructionCostTest, StringsRegexesAndLocales) {
  EXPECT_EQ(costIn("eighty"), "an 80-character string allocated");
  EXPECT_EQ(costIn("eleven"), "an 11-character string allocated");
  EXPECT_EQ(costIn("hundred"), "a 100-character string allocated");
  EXPECT_EQ(costIn("pattern"), "the pattern compiled");
  EXPECT_EQ(costIn("named"), "the named locale looked up and built");
}

} // namespace
} // namespace allochunt::test
