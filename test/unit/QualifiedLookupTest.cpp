//===--- QualifiedLookupTest.cpp - lib/QualifiedLookup --------------------===//

#include "InMemoryAST.h"
#include "lib/QualifiedLookup.h"

#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::tidy::allochunt;

TEST(QualifiedLookupTest, FindsThroughNamespacesClassesAndInlineNamespaces) {
  const InMemoryAST AST(R"cpp(
namespace boost { namespace algorithm { bool iequals(const char *, const char *); } }
namespace absl { inline namespace lts_1 { bool EqualsIgnoreCase(const char *, const char *); } }
struct Util { static bool same(int, int); };
#include <string>
)cpp");
  ASSERT_TRUE(AST.ok());
  const ASTContext &Context = AST.context();
  EXPECT_NE(lookupQualifiedName("::boost::algorithm::iequals", Context), nullptr);
  EXPECT_NE(lookupQualifiedName("boost::algorithm::iequals", Context), nullptr);
  EXPECT_NE(lookupQualifiedName("::absl::EqualsIgnoreCase", Context), nullptr);
  EXPECT_NE(lookupQualifiedName("Util::same", Context), nullptr);
  EXPECT_NE(lookupQualifiedName("std::to_string", Context), nullptr);
  EXPECT_EQ(lookupQualifiedName("boost::iequals", Context), nullptr);
  EXPECT_EQ(lookupQualifiedName("::boost::algorithm::icontains", Context), nullptr);
  EXPECT_EQ(lookupQualifiedName("::", Context), nullptr);
}

} // namespace
} // namespace allochunt::test
