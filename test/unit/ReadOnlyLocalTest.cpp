//===--- ReadOnlyLocalTest.cpp - lib/ReadOnlyLocal ------------------------===//

#include "lib/ReadOnlyLocal.h"
#include "InMemoryAST.h"

#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy::allochunt;

// One function per case, parsed once for the whole suite.
const char *const Code = R"cpp(
#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>
void takeConst(const std::vector<int> &);
void takeCopy(std::vector<int>);
void takeMutable(std::vector<int> &);
void takeRvalue(std::vector<int> &&);

int constMembersAndCopies() {
  std::vector<int> v{1, 2};
  takeConst(v); takeCopy(v); auto w = v;
  const auto &r = v; (void)r; (void)w;
  return v.size() + sizeof(v);
}
int overloadedAccessors() {
  std::vector<int> v{1, 2};
  int s = v[0] + v.at(1) + v.front() + *v.begin();
  for (auto p = v.begin(); p != v.end(); ++p) s += *p;
  return s;
}
int mapFind() {
  std::map<std::string, int> v{{"a", 1}};
  auto it = v.find("a");
  if (it == v.end()) return 0;
  return it->second + (int)v.count("b");
}
int algorithms(int k) {
  std::vector<int> v{1, 2};
  auto it = std::find(v.begin(), v.end(), k);
  bool any = std::any_of(v.begin(), v.end(), [&](int x) { return x == v[0]; });
  std::vector<int> out(v.begin(), v.end());
  return (it != v.end()) + any + (int)out.size();
}
int rangeForReads() {
  std::vector<std::string> v{"a"};
  int n = 0;
  for (const auto &s : v) n += s.size();
  for (auto s : v) s.clear();
  for (auto &s : v) n += s.size();
  return n;
}
void rangeForWritesThroughAuto() {
  std::vector<std::string> v{"a"};
  for (auto &s : v) s.clear();
}
int rangeForSpelledReference() {
  std::vector<std::string> v{"a"};
  int n = 0;
  for (std::string &s : v) n += s.size();
  return n;
}
void pushBack(int k) { std::vector<int> v{1}; v.push_back(k); }
void assignElement(int k) { std::vector<int> v{1}; v[0] = k; }
void assignThroughIterator(int k) { std::vector<int> v{1}; *v.begin() = k; }
void passMutable() { std::vector<int> v{1}; takeMutable(v); }
void clearThroughAutoReference() { std::vector<int> v{1}; auto &r = v; r.clear(); }
int mapSubscript(int k) { std::map<int, int> v{{1, 2}}; return v[k]; }
void assignThroughFound(int k) {
  std::map<int, int> v{{1, 2}};
  auto it = v.find(k);
  it->second = 3;
}
void swapped() { std::vector<int> v{1}, w; std::swap(v, w); }
void movedIntoParameter() { std::vector<int> v{1}; takeRvalue(std::move(v)); }
int movedIntoVariable() { std::vector<int> v{1}; auto w = std::move(v); return w.size(); }
int addressTaken() {
  const std::vector<int> *p = nullptr;
  std::vector<int> v{1};
  p = &v;
  return p->size();
}
std::vector<int> returned() { std::vector<int> v{1}; return v; }
int sorted() { std::vector<int> v{2, 1}; std::sort(v.begin(), v.end()); return v[0]; }
int keptLambda() { std::vector<int> v{1}; auto size = [&] { return v.size(); }; return size(); }
int calledLambda() { std::vector<int> v{1}; return [&] { return v.size(); }(); }
void declaredWithDecltype() { std::vector<int> v{1}; decltype(v) w = v; w.clear(); }
int explicitCapture() {
  std::vector<int> v{1};
  auto n = [v] { return v.size(); }();
  return n + [=] { return v.size(); }();
}
int mutableCopy() {
  std::vector<int> v{1};
  return [=]() mutable { v.push_back(1); return v.size(); }();
}
)cpp";

class ReadOnlyLocalTest : public ::testing::Test {
protected:
  static void SetUpTestSuite() { AST = new InMemoryAST(Code); }
  static void TearDownTestSuite() {
    delete AST;
    AST = nullptr;
  }

  static LocalUseSummary usesIn(llvm::StringRef Function) {
    const auto *Var = AST->first<VarDecl>(
        findAll(varDecl(hasName("v"),
                        hasDeclContext(functionDecl(hasName(Function))))
                    .bind("v")),
        "v");
    if (Var == nullptr) {
      ADD_FAILURE() << "no variable v in " << Function.str();
      return {};
    }
    const auto *F = cast<FunctionDecl>(Var->getDeclContext());
    const LocalParentMap Parents(*F->getBody());
    return summarizeLocalUses(*Var, Parents);
  }
  static LocalUse verdictIn(llvm::StringRef Function) {
    return usesIn(Function).Verdict;
  }

  static InMemoryAST *AST;
};

InMemoryAST *ReadOnlyLocalTest::AST = nullptr;

TEST_F(ReadOnlyLocalTest, ConstMembersCopiesAndConstReferencesOnlyRead) {
  ASSERT_TRUE(AST->ok());
  EXPECT_EQ(verdictIn("constMembersAndCopies"), LocalUse::ReadOnly);
}

TEST_F(ReadOnlyLocalTest, NonConstMembersWithConstOverloadsOnlyRead) {
  EXPECT_EQ(verdictIn("overloadedAccessors"), LocalUse::ReadOnly);
}

TEST_F(ReadOnlyLocalTest, IteratorsFromFindAndAlgorithmsOnlyRead) {
  EXPECT_EQ(verdictIn("mapFind"), LocalUse::ReadOnly);
  EXPECT_EQ(verdictIn("algorithms"), LocalUse::ReadOnly);
}

TEST_F(ReadOnlyLocalTest, RangeForFollowsTheLoopVariable) {
  EXPECT_EQ(verdictIn("rangeForReads"), LocalUse::ReadOnly);
  EXPECT_EQ(verdictIn("rangeForWritesThroughAuto"), LocalUse::Modified);
  EXPECT_EQ(verdictIn("rangeForSpelledReference"), LocalUse::Modified);
}

TEST_F(ReadOnlyLocalTest, MutationsAreFound) {
  for (const char *Function :
       {"pushBack", "assignElement", "assignThroughIterator", "passMutable",
        "clearThroughAutoReference", "mapSubscript", "assignThroughFound",
        "swapped"})
    EXPECT_EQ(verdictIn(Function), LocalUse::Modified) << Function;
}

TEST_F(ReadOnlyLocalTest, MovesReturnsAndAddressesAreFound) {
  EXPECT_EQ(verdictIn("movedIntoParameter"), LocalUse::Moved);
  EXPECT_EQ(verdictIn("movedIntoVariable"), LocalUse::Moved);
  EXPECT_EQ(verdictIn("addressTaken"), LocalUse::AddressTaken);
  EXPECT_EQ(verdictIn("returned"), LocalUse::Returned);
  EXPECT_NE(usesIn("returned").FirstOffendingUse, nullptr);
}

TEST_F(ReadOnlyLocalTest, UnknownAlgorithmsAndKeptLambdasAreNotReadOnly) {
  EXPECT_EQ(verdictIn("sorted"), LocalUse::Unknown);
  EXPECT_EQ(verdictIn("keptLambda"), LocalUse::EscapesByReference);
  EXPECT_EQ(verdictIn("calledLambda"), LocalUse::ReadOnly);
  EXPECT_EQ(verdictIn("declaredWithDecltype"), LocalUse::Unknown);
}

TEST_F(ReadOnlyLocalTest, ExplicitCapturesAreReported) {
  const LocalUseSummary Summary = usesIn("explicitCapture");
  EXPECT_TRUE(Summary.isReadOnly());
  EXPECT_TRUE(Summary.NamedInCaptureList);
  EXPECT_EQ(Summary.Uses, 4U);
  EXPECT_FALSE(usesIn("calledLambda").NamedInCaptureList);
}

TEST_F(ReadOnlyLocalTest, MutableCopiesInLambdasAreFound) {
  EXPECT_EQ(verdictIn("mutableCopy"), LocalUse::Modified);
}

TEST(ReadOnlyLocalDescriptionTest, DescriptionsAreLowercasePhrases) {
  EXPECT_EQ(describeLocalUse(LocalUse::Moved), "moved from");
  EXPECT_EQ(describeLocalUse(LocalUse::Returned), "returned");
}

} // namespace
} // namespace allochunt::test
