//===--- CompatTest.cpp - lib/Compat.h behaves the same on every LLVM ----===//

#include "InMemoryAST.h"
#include "lib/Compat.h"

#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::ast_matchers;

TEST(CompatTest, StripElaboratedReachesTheRecordTypeOfAQualifiedName) {
  const InMemoryAST AST("namespace n { struct S {}; } n::S Value;");
  ASSERT_TRUE(AST.ok());
  const auto *Value = AST.named<VarDecl>("Value");
  ASSERT_NE(Value, nullptr);
  const QualType Stripped =
      tidy::allochunt::compat::stripElaborated(Value->getType());
  EXPECT_TRUE(isa<RecordType>(Stripped.getTypePtr()));
  const TypeLoc StrippedLoc = tidy::allochunt::compat::stripElaborated(
      Value->getTypeSourceInfo()->getTypeLoc());
  EXPECT_TRUE(StrippedLoc.getAs<RecordTypeLoc>() ||
              StrippedLoc.getAs<TagTypeLoc>());
}

TEST(CompatTest, StripElaboratedKeepsQualifiers) {
  const InMemoryAST AST("namespace n { struct S {}; } const n::S Value{};");
  ASSERT_TRUE(AST.ok());
  const auto *Value = AST.named<VarDecl>("Value");
  ASSERT_NE(Value, nullptr);
  EXPECT_TRUE(
      tidy::allochunt::compat::stripElaborated(Value->getType()).isConstQualified());
}

TEST(CompatTest, ReportsTheLLVMVersionItWasBuiltFor) {
  EXPECT_EQ(tidy::allochunt::compat::LLVMMajorVersion,
            static_cast<unsigned>(ALLOCHUNT_LLVM_MAJOR));
}

} // namespace
} // namespace allochunt::test
