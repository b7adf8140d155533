//===--- AllocationFunctionFormTest.cpp - lib/AllocationFunctionForm ------===//

#include "InMemoryAST.h"
#include "lib/AllocationFunctionForm.h"

#include "clang/ASTMatchers/ASTMatchers.h"
#include "gtest/gtest.h"

#include <set>
#include <string>

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy::allochunt;

const char *const Code = R"cpp(
#include <cstddef>
#include <new>
struct Widget {
  void *operator new(std::size_t);
  void *operator new[](std::size_t, std::align_val_t);
  void *operator new(std::size_t, const std::nothrow_t &) noexcept;
  void operator delete(void *, std::size_t);
  void operator delete[](void *, std::size_t, std::align_val_t);
  void operator delete(void *, std::align_val_t, const std::nothrow_t &) noexcept;
  void *operator new(std::size_t, void *);
  void *operator new(std::size_t, int, const char *);
};
)cpp";

// The spelling of each usual form among Widget's operators, or "placement".
std::set<std::string> formsOfWidget(const InMemoryAST &AST) {
  std::set<std::string> Forms;
  for (const BoundNodes &Match :
       match(findAll(cxxMethodDecl(ofClass(hasName("Widget")),
                                   hasAnyOverloadedOperatorName(
                                       "new", "new[]", "delete", "delete[]"))
                         .bind("f")),
             AST.context())) {
    const auto Form =
        allocationFunctionForm(*Match.getNodeAs<FunctionDecl>("f"));
    Forms.insert(Form.has_value() ? spellAllocationFunction(*Form)
                                  : std::string("placement"));
  }
  return Forms;
}

TEST(AllocationFunctionFormTest, RecognisesTheUsualForms) {
  const InMemoryAST AST(Code);
  ASSERT_TRUE(AST.ok());
  const std::set<std::string> Expected = {
      "operator new(std::size_t)",
      "operator new[](std::size_t, std::align_val_t)",
      "operator new(std::size_t, const std::nothrow_t &)",
      "operator delete(void *, std::size_t)",
      "operator delete[](void *, std::size_t, std::align_val_t)",
      "operator delete(void *, std::align_val_t, const std::nothrow_t &)",
      "placement"};
  EXPECT_EQ(formsOfWidget(AST), Expected);
}

AllocationFunctionForm form(bool IsDelete, bool IsArray, bool IsAligned = false,
                            bool IsNoThrow = false, bool IsSized = false) {
  AllocationFunctionForm Form;
  Form.IsDelete = IsDelete;
  Form.IsArray = IsArray;
  Form.IsAligned = IsAligned;
  Form.IsNoThrow = IsNoThrow;
  Form.IsSized = IsSized;
  return Form;
}

TEST(AllocationFunctionFormTest, DefaultDefinitionsCallTheBasicForms) {
  // new[](n, nothrow) -> new[](n) -> new(n) -> none.
  auto Callee = defaultDefinitionCalls(form(false, true, false, true));
  ASSERT_TRUE(Callee.has_value());
  EXPECT_EQ(*Callee, form(false, true));
  Callee = defaultDefinitionCalls(*Callee);
  ASSERT_TRUE(Callee.has_value());
  EXPECT_EQ(*Callee, form(false, false));
  EXPECT_FALSE(defaultDefinitionCalls(*Callee).has_value());
  // delete[](p, n, align) -> delete[](p, align) -> delete(p, align); aligned
  // forms never fall back to the unaligned ones.
  Callee = defaultDefinitionCalls(form(true, true, true, false, true));
  ASSERT_TRUE(Callee.has_value());
  EXPECT_EQ(*Callee, form(true, true, true));
  Callee = defaultDefinitionCalls(*Callee);
  ASSERT_TRUE(Callee.has_value());
  EXPECT_EQ(*Callee, form(true, false, true));
  EXPECT_FALSE(defaultDefinitionCalls(*Callee).has_value());
}

// The incomplete families, spelled "replaced -> missing".
std::vector<std::string>
incomplete(std::initializer_list<AllocationFunctionForm> Replaced) {
  const std::vector<AllocationFunctionForm> Forms(Replaced);
  std::vector<std::string> Result;
  for (const IncompleteFamily &Family :
       incompleteFamilies([&Forms](AllocationFunctionForm Form) {
         return llvm::is_contained(Forms, Form);
       }))
    Result.push_back(spellAllocationFunction(Family.Replaced) + " -> " +
                     spellAllocationFunction(Family.Missing));
  return Result;
}

TEST(AllocationFunctionFormTest, CompleteFamiliesAreFine) {
  EXPECT_TRUE(incomplete({}).empty());
  EXPECT_TRUE(incomplete({form(false, false), form(true, false)}).empty());
  // The array and nothrow defaults call the replaced scalar forms.
  EXPECT_TRUE(incomplete({form(false, false), form(true, false),
                          form(false, true), form(true, false, false, false, true)})
                  .empty());
  EXPECT_TRUE(incomplete({form(false, false, true), form(true, false, true)})
                  .empty());
}

TEST(AllocationFunctionFormTest, NamesTheMissingCounterpart) {
  EXPECT_EQ(incomplete({form(false, false)}),
            std::vector<std::string>{
                "operator new(std::size_t) -> operator delete(void *)"});
  // Sized delete without unsized: unsized delete still frees to the library.
  EXPECT_EQ(incomplete({form(false, false), form(true, false, false, false, true)}),
            std::vector<std::string>{
                "operator new(std::size_t) -> operator delete(void *)"});
  // new[] and delete replaced, not new: scalar new's memory reaches the
  // replaced delete.
  EXPECT_EQ(incomplete({form(false, true), form(true, false)}),
            std::vector<std::string>{
                "operator delete(void *) -> operator new(std::size_t)"});
  EXPECT_EQ(incomplete({form(false, true)}),
            std::vector<std::string>{
                "operator new[](std::size_t) -> operator delete[](void *)"});
  EXPECT_EQ(incomplete({form(false, false), form(true, false),
                        form(false, false, true)}),
            std::vector<std::string>{
                "operator new(std::size_t, std::align_val_t) -> "
                "operator delete(void *, std::align_val_t)"});
}

} // namespace
} // namespace allochunt::test
