//===--- TypeTestsTest.cpp - lib/TypeTests --------------------------------===//

#include "InMemoryAST.h"
#include "lib/TypeTests.h"

#include "gtest/gtest.h"

#include <string>
#include <vector>

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy::allochunt;

const std::vector<std::string> DefaultAccessors = {"kind", "type", "code",
                                                   "index"};

// The subject of the type test in the initializer of variable \p Name, or
// null when it holds none.
const ValueDecl *testedIn(const InMemoryAST &AST, llvm::StringRef Name,
                          llvm::ArrayRef<std::string> Accessors = DefaultAccessors) {
  const auto *Var = AST.named<VarDecl>(Name);
  if (Var == nullptr || Var->getInit() == nullptr) {
    ADD_FAILURE() << "no variable " << Name.str();
    return nullptr;
  }
  const std::optional<TypeTest> Test = findTypeTest(Var->getInit(), Accessors);
  return Test ? Test->Subject : nullptr;
}

const char *const Cases = R"cpp(
#include <exception>
#include <typeinfo>
#include <variant>
enum class Kind { A, B };
struct Failure { Kind kind() const; int category() const; int size() const; };
struct Derived : std::exception {};
struct Holder {
  std::variant<int, double> member;
  bool test() const { bool inMember = std::holds_alternative<int>(member); return inMember; }
};
void f(const std::variant<int, double> &v, const std::exception &e,
       const Failure &k, const Failure *p, int n) {
  bool holds = std::holds_alternative<int>(v);
  bool getIf = std::get_if<double>(&v) != nullptr;
  bool index = v.index() == 1;
  bool reversed = 0 != v.index();
  bool cast = dynamic_cast<const Derived *>(&e) != nullptr;
  bool typeId = typeid(e) == typeid(Derived);
  bool typeIdNe = typeid(Derived) != typeid(e);
  bool kind = k.kind() == Kind::A;
  bool throughPointer = p->kind() != Kind::B;
  bool negated = !(k.kind() == Kind::A) && n > 0;
  bool nested = n > 0 && (n < 9 || std::holds_alternative<double>(v));
  bool notAnAccessor = k.size() == 1;
  bool comparedWithVariable = k.kind() == k.kind();
  bool typeIdName = typeid(e).name()[0] == 'x';
  bool number = n == 1;
  bool inLambda = [&] { return std::holds_alternative<int>(v); }();
  bool category = k.category() == 2;
}
)cpp";

TEST(TypeTestsTest, RecognisesEachForm) {
  const InMemoryAST AST(Cases, {"-std=c++20"});
  ASSERT_TRUE(AST.ok());
  const auto *V = AST.named<ParmVarDecl>("v");
  const auto *E = AST.named<ParmVarDecl>("e");
  const auto *K = AST.named<ParmVarDecl>("k");
  const auto *P = AST.named<ParmVarDecl>("p");
  EXPECT_EQ(testedIn(AST, "holds"), V);
  EXPECT_EQ(testedIn(AST, "getIf"), V);
  EXPECT_EQ(testedIn(AST, "index"), V);
  EXPECT_EQ(testedIn(AST, "reversed"), V);
  EXPECT_EQ(testedIn(AST, "cast"), E);
  EXPECT_EQ(testedIn(AST, "typeId"), E);
  EXPECT_EQ(testedIn(AST, "typeIdNe"), E);
  EXPECT_EQ(testedIn(AST, "kind"), K);
  EXPECT_EQ(testedIn(AST, "throughPointer"), P);
  EXPECT_EQ(testedIn(AST, "negated"), K);
  EXPECT_EQ(testedIn(AST, "nested"), V);
  EXPECT_EQ(testedIn(AST, "inMember"), AST.named<FieldDecl>("member"));
}

TEST(TypeTestsTest, LeavesOtherExpressionsAlone) {
  const InMemoryAST AST(Cases, {"-std=c++20"});
  ASSERT_TRUE(AST.ok());
  EXPECT_EQ(testedIn(AST, "notAnAccessor"), nullptr);
  EXPECT_EQ(testedIn(AST, "comparedWithVariable"), nullptr);
  EXPECT_EQ(testedIn(AST, "typeIdName"), nullptr);
  EXPECT_EQ(testedIn(AST, "number"), nullptr);
  EXPECT_EQ(testedIn(AST, "inLambda"), nullptr);
  EXPECT_EQ(testedIn(AST, "category"), nullptr);
}

TEST(TypeTestsTest, ConfiguredAccessors) {
  const InMemoryAST AST(Cases, {"-std=c++20"});
  ASSERT_TRUE(AST.ok());
  const auto *K = AST.named<ParmVarDecl>("k");
  const std::vector<std::string> Qualified = {"::Failure::category"};
  EXPECT_EQ(testedIn(AST, "category", Qualified), K);
  EXPECT_EQ(testedIn(AST, "kind", Qualified), nullptr);
  const std::vector<std::string> Plain = {"category"};
  EXPECT_EQ(testedIn(AST, "category", Plain), K);
  const std::vector<std::string> OtherClass = {"Holder::category"};
  EXPECT_EQ(testedIn(AST, "category", OtherClass), nullptr);
}

TEST(TypeTestsTest, SubjectsThroughMembersAndPointers) {
  const InMemoryAST AST(R"cpp(
#include <exception>
struct S { int x; const char *name() const; S *next; };
void g(S s, S *p, const std::exception &e) {
  auto a = s.name();
  auto b = p->next->x;
  auto c = e.what();
  auto d = (*p).x;
  auto z = g;
}
)cpp");
  ASSERT_TRUE(AST.ok());
  const auto Subject = [&](llvm::StringRef Name) {
    return subjectOf(AST.named<VarDecl>(Name)->getInit());
  };
  EXPECT_EQ(Subject("a"), AST.named<ParmVarDecl>("s"));
  EXPECT_EQ(Subject("b"), AST.named<ParmVarDecl>("p"));
  EXPECT_EQ(Subject("c"), AST.named<ParmVarDecl>("e"));
  EXPECT_EQ(Subject("d"), AST.named<ParmVarDecl>("p"));
  EXPECT_EQ(Subject("z"), nullptr);
}

} // namespace
} // namespace allochunt::test
