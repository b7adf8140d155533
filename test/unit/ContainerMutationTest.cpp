//===--- ContainerMutationTest.cpp - lib/ContainerMutation ----------------===//

#include "InMemoryAST.h"
#include "lib/ContainerMutation.h"

#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::tidy::allochunt;

TEST(ContainerMutationTest, MembersThatAddElements) {
  for (const char *Name : {"insert", "emplace", "emplace_hint", "try_emplace",
                           "insert_or_assign", "push_back", "emplace_back",
                           "push_front", "emplace_front", "append_range"})
    EXPECT_EQ(containerEffectOfMember(Name, false), ContainerEffect::Inserts)
        << Name;
}

TEST(ContainerMutationTest, MembersThatRemoveOrReplaceElements) {
  for (const char *Name : {"erase", "clear", "extract", "pop_back",
                           "pop_front", "swap", "assign", "resize",
                           "remove_if", "operator="})
    EXPECT_EQ(containerEffectOfMember(Name, true), ContainerEffect::Removes)
        << Name;
}

TEST(ContainerMutationTest, ReadsAndEverythingElse) {
  EXPECT_EQ(containerEffectOfMember("size", false), ContainerEffect::ReadsSize);
  EXPECT_EQ(containerEffectOfMember("empty", false),
            ContainerEffect::ReadsEmptiness);
  for (const char *Name : {"find", "count", "at", "begin", "reserve",
                           "contains", "lower_bound", "shrink_to_fit"})
    EXPECT_EQ(containerEffectOfMember(Name, true), ContainerEffect::None)
        << Name;
}

TEST(ContainerMutationTest, SubscriptInsertsOnlyIntoMaps) {
  EXPECT_EQ(containerEffectOfMember("operator[]", true),
            ContainerEffect::Inserts);
  EXPECT_EQ(containerEffectOfMember("operator[]", false),
            ContainerEffect::None);
  EXPECT_EQ(containerEffectOfOperator(OO_Subscript, true),
            ContainerEffect::Inserts);
  EXPECT_EQ(containerEffectOfOperator(OO_Subscript, false),
            ContainerEffect::None);
  EXPECT_EQ(containerEffectOfOperator(OO_Equal, false),
            ContainerEffect::Removes);
  EXPECT_EQ(containerEffectOfOperator(OO_EqualEqual, true),
            ContainerEffect::None);
}

TEST(ContainerMutationTest, SubscriptInsertsRecognisesMapsByTheirMemberTypes) {
  const InMemoryAST AST(R"cpp(
#include <map>
#include <unordered_map>
#include <vector>
#include <set>
std::map<int, int> Map;
std::unordered_map<int, int> Hash;
std::vector<int> Vector;
std::set<int> Set;
struct Base { using key_type = int; };
struct LookAlike : Base { using mapped_type = int; };
LookAlike Derived;
)cpp");
  ASSERT_TRUE(AST.ok());
  const auto classOf = [&](llvm::StringRef Name) -> const CXXRecordDecl & {
    return *AST.named<VarDecl>(Name)->getType()->getAsCXXRecordDecl();
  };
  EXPECT_TRUE(subscriptInserts(classOf("Map")));
  EXPECT_TRUE(subscriptInserts(classOf("Hash")));
  EXPECT_TRUE(subscriptInserts(classOf("Derived")));
  EXPECT_FALSE(subscriptInserts(classOf("Vector")));
  EXPECT_FALSE(subscriptInserts(classOf("Set")));
}

} // namespace
} // namespace allochunt::test
