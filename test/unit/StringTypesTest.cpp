//===--- StringTypesTest.cpp - lib/StringTypes ----------------------------===//

#include "InMemoryAST.h"
#include "lib/StringTypes.h"

#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::tidy::allochunt;

const char *const Declarations = R"cpp(
#include <string>
#include <string_view>
#include <memory_resource>
using Text = std::string;
typedef const std::wstring &WideRef;
struct MyTraits : std::char_traits<char> {};
std::string Plain;
const Text Aliased;
std::pmr::string Pmr;
std::u8string Utf8;
std::basic_string<char, MyTraits> CustomTraits;
std::string_view View;
std::vector<char> NotAString;
const char *CString = "";
char Buffer[4];
int Number;
void take(WideRef Wide);
)cpp";

QualType typeOf(const InMemoryAST &AST, llvm::StringRef Name) {
  const auto *Var = AST.named<ValueDecl>(Name);
  return Var != nullptr ? Var->getType() : QualType();
}

TEST(StringTypesTest, OwningStringsThroughAliasesAndQualifiers) {
  const InMemoryAST AST(std::string("#include <vector>\n") + Declarations);
  ASSERT_TRUE(AST.ok());
  EXPECT_TRUE(isOwningStringType(typeOf(AST, "Plain")));
  EXPECT_TRUE(isOwningStringType(typeOf(AST, "Aliased")));
  EXPECT_TRUE(isOwningStringType(typeOf(AST, "Pmr")));
  EXPECT_TRUE(isOwningStringType(typeOf(AST, "Wide")));
  EXPECT_TRUE(isOwningStringType(typeOf(AST, "CustomTraits")));
  EXPECT_FALSE(isOwningStringType(typeOf(AST, "View")));
  EXPECT_FALSE(isOwningStringType(typeOf(AST, "NotAString")));
  EXPECT_FALSE(isOwningStringType(typeOf(AST, "CString")));
  EXPECT_FALSE(isOwningStringType(QualType()));
}

TEST(StringTypesTest, ConfiguredNamesReplaceTheDefault) {
  const InMemoryAST AST("namespace lib { struct Str {}; } lib::Str Custom;\n"
                        "#include <string>\nstd::string Plain;");
  ASSERT_TRUE(AST.ok());
  EXPECT_TRUE(isOwningStringType(typeOf(AST, "Custom"), {"::lib::Str"}));
  EXPECT_TRUE(isOwningStringType(typeOf(AST, "Custom"), {"lib::Str"}));
  EXPECT_FALSE(isOwningStringType(typeOf(AST, "Plain"), {"::lib::Str"}));
}

TEST(StringTypesTest, ViewsAndCharacterSources) {
  const InMemoryAST AST(std::string("#include <vector>\n") + Declarations);
  ASSERT_TRUE(AST.ok());
  EXPECT_TRUE(isStringViewType(typeOf(AST, "View")));
  EXPECT_FALSE(isStringViewType(typeOf(AST, "Plain")));
  EXPECT_TRUE(isCharacterPointerOrArray(typeOf(AST, "CString")));
  EXPECT_TRUE(isCharacterPointerOrArray(typeOf(AST, "Buffer")));
  EXPECT_FALSE(isCharacterPointerOrArray(typeOf(AST, "Number")));
  EXPECT_FALSE(isCharacterPointerOrArray(typeOf(AST, "Plain")));
}

TEST(StringTypesTest, ViewSpellingFollowsTheCharacterType) {
  const InMemoryAST AST(std::string("#include <vector>\n") + Declarations);
  ASSERT_TRUE(AST.ok());
  EXPECT_EQ(stringViewSpelling(typeOf(AST, "Plain")), "std::string_view");
  EXPECT_EQ(stringViewSpelling(typeOf(AST, "Pmr")), "std::string_view");
  EXPECT_EQ(stringViewSpelling(typeOf(AST, "Wide")), "std::wstring_view");
  EXPECT_EQ(stringViewSpelling(typeOf(AST, "Utf8")), "std::u8string_view");
  EXPECT_EQ(stringViewSpelling(typeOf(AST, "CustomTraits")), "");
  EXPECT_EQ(stringViewSpelling(typeOf(AST, "View")), "");
}

TEST(StringTypesTest, MessagesSpellTheStandardAlias) {
  const InMemoryAST AST(std::string("#include <vector>\n") + Declarations);
  ASSERT_TRUE(AST.ok());
  EXPECT_EQ(stringTypeSpelling(typeOf(AST, "Plain")), "std::string");
  EXPECT_EQ(stringTypeSpelling(typeOf(AST, "Aliased")), "std::string");
  EXPECT_EQ(stringTypeSpelling(typeOf(AST, "Pmr")), "std::pmr::string");
  EXPECT_EQ(stringTypeSpelling(typeOf(AST, "Wide")), "std::wstring");
  EXPECT_EQ(stringTypeSpelling(typeOf(AST, "Utf8")), "std::u8string");
  EXPECT_EQ(stringTypeSpelling(typeOf(AST, "View")), "std::string_view");
  EXPECT_EQ(stringTypeSpelling(typeOf(AST, "CustomTraits")), "std::basic_string<char, MyTraits>");
}

} // namespace
} // namespace allochunt::test
