//===--- RegexAPITest.cpp - lib/RegexAPI ----------------------------------===//

#include "lib/RegexAPI.h"
#include "InMemoryAST.h"

#include "llvm/ADT/SetVector.h"
#include "gtest/gtest.h"

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy::allochunt;

// A little of Boost.Regex's shape: flags imported into namespace boost by
// using-declarations, free algorithms, the class templates.
const char *const BoostMock = R"cpp(
#include <string>
namespace boost {
namespace regex_constants {
enum _match_flags { match_default = 0, match_not_bol = 1, match_partial = 2,
                    format_all = 4, format_no_copy = 8, format_first_only = 16 };
typedef _match_flags match_flag_type;
inline match_flag_type operator|(match_flag_type a, match_flag_type b) {
  return static_cast<match_flag_type>(static_cast<int>(a) | static_cast<int>(b));
}
}
using regex_constants::match_flag_type;
using regex_constants::match_default;
using regex_constants::format_no_copy;
template <class C> struct regex_traits {};
template <class C, class T = regex_traits<C>> struct basic_regex {};
typedef basic_regex<char> regex;
template <class It> struct sub_match { std::string str() const; };
template <class It> struct match_results {
  const sub_match<It> &operator[](int) const;
  std::string str(int = 0) const;
};
typedef match_results<std::string::const_iterator> smatch;
template <class C, class T>
bool regex_search(const std::basic_string<C> &, const basic_regex<C, T> &,
                  match_flag_type = match_default);
}
)cpp";

const char *const Uses = R"cpp(
#include <regex>
#include <string>
#include <string_view>
namespace mine { bool regex_search(const std::string &, int); }
using Pattern = std::regex;
Pattern StdRegex;
std::wregex WideRegex;
boost::regex BoostRegex;
std::smatch StdResults;
std::cmatch CharResults;
boost::smatch BoostResults;
std::ssub_match StdSub;
std::csub_match CharSub;
std::string Text;
std::string_view View;
const char *CString;
void calls(std::regex_constants::match_flag_type Variable) {
  std::regex_search(Text, StdRegex);
  std::regex_match(Text, StdResults, StdRegex);
  std::regex_replace(Text, StdRegex, "x");
  boost::regex_search(Text, BoostRegex);
  mine::regex_search(Text, 1);
  std::regex_replace(Text, StdRegex, "a", std::regex_constants::match_not_bol);
  std::regex_replace(Text, StdRegex, "b", std::regex_constants::format_first_only);
  std::regex_replace(Text, StdRegex, "c", std::regex_constants::format_no_copy |
                                          std::regex_constants::format_sed);
  std::regex_replace(Text, StdRegex, "d", Variable);
  std::regex_replace(Text, StdRegex, "e", std::regex_constants::format_default |
                                          std::regex_constants::match_any);
  boost::regex_search(Text, BoostRegex, boost::format_no_copy);
  boost::regex_search(Text, BoostRegex, boost::regex_constants::match_partial);
  boost::regex_search(Text, BoostRegex, boost::regex_constants::format_all |
                                        boost::match_default);
}
bool copies() {
  return StdResults[1].str() == "a" && StdResults.str(2) == "b" &&
         std::string(StdResults[3]) == "c" && (&StdSub)->str() == "d" &&
         BoostResults[1].str() == "e";
}
int Answer = 42;
bool viewed() { return View.empty(); }
)cpp";

class RegexAPITest : public ::testing::Test {
protected:
  void SetUp() override { ASSERT_TRUE(AST.ok()); }

  // Every node \p Matcher binds to "n" in the snippet's own top-level
  // declarations (not in the headers: that would be slow), in source order.
  template <typename NodeT, typename MatcherT>
  std::vector<const NodeT *> inSnippet(const MatcherT &Matcher) const {
    ASTContext &Ctx = AST.context();
    const SourceManager &SM = Ctx.getSourceManager();
    llvm::SetVector<const NodeT *> Found;
    for (const Decl *D : Ctx.getTranslationUnitDecl()->decls())
      if (SM.isInMainFile(SM.getExpansionLoc(D->getBeginLoc())))
        for (const BoundNodes &Nodes :
             match(decl(forEachDescendant(Matcher.bind("n"))), *D, Ctx))
          Found.insert(Nodes.getNodeAs<NodeT>("n"));
    std::vector<const NodeT *> Sorted(Found.begin(), Found.end());
    llvm::sort(Sorted, [&](const NodeT *A, const NodeT *B) {
      return SM.isBeforeInTranslationUnit(A->getBeginLoc(), B->getBeginLoc());
    });
    return Sorted;
  }

  // The N-th call (0-based, in source order) to a function named \p Name.
  const CallExpr *call(llvm::StringRef Name, unsigned N = 0) const {
    const std::vector<const CallExpr *> Calls =
        inSnippet<CallExpr>(callExpr(callee(functionDecl(hasName(Name)))));
    if (N >= Calls.size()) {
      ADD_FAILURE() << "no call " << N << " to " << Name.str();
      return nullptr;
    }
    return Calls[N];
  }

  RegexFlags flagsOfReplace(unsigned N) const {
    const CallExpr *Call = call("regex_replace", N);
    return Call != nullptr ? classifyRegexFlags(Call->getArg(3))
                           : RegexFlags::Unknown;
  }

  // An operand of the `==` in copies() whose right side is "Literal".
  const Expr *comparedOperand(llvm::StringRef Literal,
                              unsigned Side = 0) const {
    for (const auto *Op : inSnippet<CXXOperatorCallExpr>(
             cxxOperatorCallExpr(hasOverloadedOperatorName("==")))) {
      const auto *Right =
          dyn_cast<StringLiteral>(Op->getArg(1)->IgnoreImpCasts());
      if (Right != nullptr && Right->getString() == Literal)
        return Op->getArg(Side);
    }
    ADD_FAILURE() << "no comparison with \"" << Literal.str() << "\"";
    return nullptr;
  }

  const Expr *reference(llvm::StringRef Name) const {
    const auto Refs =
        inSnippet<DeclRefExpr>(declRefExpr(to(varDecl(hasName(Name)))));
    return Refs.empty() ? nullptr : Refs.front();
  }

  // The type of the snippet's global variable \p Name.
  QualType typeOf(llvm::StringRef Name) const {
    for (const Decl *D : AST.context().getTranslationUnitDecl()->decls())
      if (const auto *Var = dyn_cast<VarDecl>(D))
        if (Var->getName() == Name)
          return Var->getType();
    ADD_FAILURE() << "no variable " << Name.str();
    return {};
  }

  static void SetUpTestSuite() {
    Shared = new InMemoryAST(std::string(BoostMock) + Uses, {"-std=c++17"});
  }
  static void TearDownTestSuite() {
    delete Shared;
    Shared = nullptr;
  }

  // One parse of <regex> for every test.
  static inline const InMemoryAST *Shared = nullptr;
  const InMemoryAST &AST = *Shared;
};

TEST_F(RegexAPITest, AlgorithmsOfBothLibrariesAndNoOthers) {
  const RegexFunction Search =
      classifyRegexFunction(call("regex_search")->getDirectCallee());
  EXPECT_EQ(Search.Library, RegexLibrary::Std);
  EXPECT_EQ(Search.Algorithm, RegexAlgorithm::Search);
  EXPECT_EQ(
      classifyRegexFunction(call("regex_match")->getDirectCallee()).Algorithm,
      RegexAlgorithm::Match);
  EXPECT_EQ(
      classifyRegexFunction(call("regex_replace")->getDirectCallee()).Algorithm,
      RegexAlgorithm::Replace);
  const RegexFunction Boost =
      classifyRegexFunction(call("::boost::regex_search")->getDirectCallee());
  EXPECT_EQ(Boost.Library, RegexLibrary::Boost);
  EXPECT_EQ(Boost.Algorithm, RegexAlgorithm::Search);
  EXPECT_EQ(
      classifyRegexFunction(call("::mine::regex_search")->getDirectCallee())
          .Library,
      RegexLibrary::None);
  EXPECT_EQ(classifyRegexFunction(nullptr).Algorithm, RegexAlgorithm::None);
}

TEST_F(RegexAPITest, TypesThroughAliasesAndInlineNamespaces) {
  EXPECT_EQ(regexLibrary(typeOf("StdRegex")), RegexLibrary::Std);
  EXPECT_EQ(regexLibrary(typeOf("WideRegex")), RegexLibrary::Std);
  EXPECT_EQ(regexLibrary(typeOf("BoostRegex")), RegexLibrary::Boost);
  EXPECT_EQ(regexLibrary(typeOf("Text")), RegexLibrary::None);
  EXPECT_EQ(matchResultsLibrary(typeOf("StdResults")), RegexLibrary::Std);
  EXPECT_EQ(matchResultsLibrary(typeOf("BoostResults")), RegexLibrary::Boost);
  EXPECT_EQ(matchResultsLibrary(typeOf("StdSub")), RegexLibrary::None);
  EXPECT_EQ(subMatchLibrary(typeOf("StdSub")), RegexLibrary::Std);
  EXPECT_EQ(subMatchLibrary(typeOf("StdResults")), RegexLibrary::None);
  EXPECT_EQ(subMatchLibrary(QualType()), RegexLibrary::None);
}

TEST_F(RegexAPITest, FlagsByWhatTheyChange) {
  EXPECT_EQ(classifyRegexFlags(call("regex_replace", 0)->getArg(3)),
            RegexFlags::Default); // the default argument
  EXPECT_EQ(flagsOfReplace(1), RegexFlags::AffectsMatching);
  EXPECT_EQ(flagsOfReplace(2), RegexFlags::FormatOnly);
  EXPECT_EQ(flagsOfReplace(3), RegexFlags::DropsUnmatchedText);
  EXPECT_EQ(flagsOfReplace(4), RegexFlags::Unknown);
  EXPECT_EQ(flagsOfReplace(5), RegexFlags::AffectsMatching);
  EXPECT_EQ(classifyRegexFlags(call("::boost::regex_search", 1)->getArg(2)),
            RegexFlags::DropsUnmatchedText);
  EXPECT_EQ(classifyRegexFlags(call("::boost::regex_search", 2)->getArg(2)),
            RegexFlags::Unknown); // match_partial
  EXPECT_EQ(classifyRegexFlags(call("::boost::regex_search", 3)->getArg(2)),
            RegexFlags::FormatOnly);
}

TEST_F(RegexAPITest, SubMatchCopies) {
  const std::optional<SubMatchCopy> Str =
      findSubMatchCopy(*comparedOperand("a"));
  ASSERT_TRUE(Str);
  EXPECT_EQ(Str->SubMatch.getCanonicalType(),
            typeOf("StdSub").getCanonicalType());
  EXPECT_EQ(Str->Copy, Str->Call);
  const std::optional<SubMatchCopy> Indexed =
      findSubMatchCopy(*comparedOperand("b"));
  ASSERT_TRUE(Indexed);
  EXPECT_EQ(Indexed->SubMatch.getCanonicalType(),
            typeOf("StdSub").getCanonicalType());
  const std::optional<SubMatchCopy> Cast =
      findSubMatchCopy(*comparedOperand("c"));
  ASSERT_TRUE(Cast);
  EXPECT_TRUE(isa<CXXFunctionalCastExpr>(Cast->Copy));
  EXPECT_NE(Cast->Copy, Cast->Call);
  EXPECT_TRUE(findSubMatchCopy(*comparedOperand("d")));     // through a pointer
  EXPECT_FALSE(findSubMatchCopy(*comparedOperand("e")));    // Boost
  EXPECT_FALSE(findSubMatchCopy(*comparedOperand("a", 1))); // a literal
}

TEST_F(RegexAPITest, WhatASubMatchComparesWith) {
  const QualType Sub = typeOf("StdSub").getCanonicalType();
  const Expr *Literal = comparedOperand("a", 1);
  EXPECT_EQ(subMatchComparisonWith(Sub, *Literal, false),
            SubMatchComparison::Supported);
  EXPECT_EQ(subMatchComparisonWith(Sub, *Literal, true),
            SubMatchComparison::Supported);
  const Expr *Text = reference("Text");
  const Expr *View = reference("View");
  ASSERT_NE(Text, nullptr);
  ASSERT_NE(View, nullptr);
  EXPECT_EQ(subMatchComparisonWith(Sub, *Text, false),
            SubMatchComparison::Supported);
  EXPECT_EQ(subMatchComparisonWith(Sub, *Text, true),
            SubMatchComparison::Supported);
  EXPECT_EQ(subMatchComparisonWith(Sub, *View, false),
            SubMatchComparison::StringView);
  // Another copy of the same kind of sub_match, and of another kind.
  EXPECT_EQ(subMatchComparisonWith(Sub, *comparedOperand("b"), false),
            SubMatchComparison::Supported);
  EXPECT_EQ(subMatchComparisonWith(typeOf("CharSub").getCanonicalType(),
                                   *comparedOperand("b"), false),
            SubMatchComparison::Unsupported);
  const auto Integers = inSnippet<IntegerLiteral>(integerLiteral(equals(42)));
  ASSERT_EQ(Integers.size(), 1U);
  const Expr *Integer = Integers.front();
  EXPECT_EQ(subMatchComparisonWith(Sub, *Integer, false),
            SubMatchComparison::Unsupported);
}

} // namespace
} // namespace allochunt::test
