//===--- StringProducersTest.cpp - lib/StringProducers --------------------===//

#include "InMemoryAST.h"
#include "lib/StringProducers.h"

#include "gtest/gtest.h"

#include <array>

namespace allochunt::test {
namespace {

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy::allochunt;

// The libraries that are not installed, as small mocks of their shape.
const char *const Mocks = R"cpp(
#include <sstream>
#include <string>
namespace fmt { inline namespace v10 {
template <class... T> std::string format(const char *, T &&...) { return ""; }
} }
namespace boost {
template <class To, class From> To lexical_cast(const From &) { return To(); }
namespace algorithm {
inline std::string to_lower_copy(const std::string &s) { return s; }
}
using algorithm::to_lower_copy;
}
namespace nlohmann { template <class T> struct basic_json {
  std::string dump(int = -1) const { return ""; }
}; using json = basic_json<int>; }
struct Status { std::string toString() const { return ""; } };
namespace util { std::string describe(int) { return ""; } }
)cpp";

// The kind of the producer that initializes variable \p Name.
std::optional<StringProducerKind>
kindOf(const InMemoryAST &AST, llvm::StringRef Name,
       const ConfiguredProducers &Configured = {}) {
  const auto *Var = AST.named<VarDecl>(Name);
  if (Var == nullptr || Var->getInit() == nullptr)
    return std::nullopt;
  static constexpr std::array<StringProducerKind, 8> All = {
      StringProducerKind::NumberToString, StringProducerKind::StreamContents,
      StringProducerKind::Format,         StringProducerKind::LexicalCast,
      StringProducerKind::CaseConversion, StringProducerKind::Concatenation,
      StringProducerKind::Substring,      StringProducerKind::Serialization};
  const std::optional<StringProducer> Producer =
      classifyStringProducer(Var->getInit(), All, Configured);
  if (!Producer)
    return std::nullopt;
  return Producer->Kind;
}

TEST(StringProducersTest, RecognisesEachKind) {
  const InMemoryAST AST(std::string(Mocks) + R"cpp(
void f(int n, std::ostringstream &os, std::stringstream &ss, std::string s,
       nlohmann::json j) {
  std::string a = std::to_string(n);
  std::wstring b = std::to_wstring(n);
  std::string c = os.str();
  std::string d = ss.str();
  std::string e = fmt::format("{}", n);
  std::string f = boost::lexical_cast<std::string>(n);
  std::string g = boost::to_lower_copy(s);
  std::string h = s + "x";
  std::string i = s.substr(1);
  std::string k = j.dump();
  std::string l = (std::to_string(n));
}
)cpp");
  ASSERT_TRUE(AST.ok());
  EXPECT_EQ(kindOf(AST, "a"), StringProducerKind::NumberToString);
  EXPECT_EQ(kindOf(AST, "b"), StringProducerKind::NumberToString);
  EXPECT_EQ(kindOf(AST, "c"), StringProducerKind::StreamContents);
  EXPECT_EQ(kindOf(AST, "d"), StringProducerKind::StreamContents);
  EXPECT_EQ(kindOf(AST, "e"), StringProducerKind::Format);
  EXPECT_EQ(kindOf(AST, "f"), StringProducerKind::LexicalCast);
  EXPECT_EQ(kindOf(AST, "g"), StringProducerKind::CaseConversion);
  EXPECT_EQ(kindOf(AST, "h"), StringProducerKind::Concatenation);
  EXPECT_EQ(kindOf(AST, "i"), StringProducerKind::Substring);
  EXPECT_EQ(kindOf(AST, "k"), StringProducerKind::Serialization);
  EXPECT_EQ(kindOf(AST, "l"), StringProducerKind::NumberToString);
}

TEST(StringProducersTest, SourceIsTheValueTheTextComesFrom) {
  const InMemoryAST AST(std::string(Mocks) + R"cpp(
void f(int n, std::ostringstream &os) {
  std::string a = std::to_string(n);
  std::string c = os.str();
  std::string e = fmt::format("{}", n);
  std::string m = fmt::format("{}{}", n, n);
}
)cpp");
  ASSERT_TRUE(AST.ok());
  const std::array<StringProducerKind, 3> Kinds = {
      StringProducerKind::NumberToString, StringProducerKind::StreamContents,
      StringProducerKind::Format};
  auto SourceName = [&](llvm::StringRef Var) -> std::string {
    auto Producer =
        classifyStringProducer(AST.named<VarDecl>(Var)->getInit(), Kinds);
    if (!Producer || Producer->Source == nullptr)
      return "";
    const auto *Ref =
        dyn_cast<DeclRefExpr>(Producer->Source->IgnoreParenImpCasts());
    return Ref != nullptr ? Ref->getDecl()->getNameAsString() : "?";
  };
  EXPECT_EQ(SourceName("a"), "n");
  EXPECT_EQ(SourceName("c"), "os");
  EXPECT_EQ(SourceName("e"), "n");
  EXPECT_EQ(SourceName("m"), "");
}

TEST(StringProducersTest, RejectsLookalikes) {
  const InMemoryAST AST(std::string(Mocks) + R"cpp(
namespace other { std::string to_string(int) { return ""; } }
struct Builder { std::string str() const { return ""; } };
struct Cached { const std::string &str() const; };
void f(int n, std::ostringstream &os, Builder b, std::string s) {
  std::string a = other::to_string(n);
  std::string c = b.str();
  std::string d = std::move(os).str();
  std::string e = s;
  int g = boost::lexical_cast<int>(s);
  std::string h = std::string("x");
}
)cpp");
  ASSERT_TRUE(AST.ok());
  EXPECT_EQ(kindOf(AST, "a"), std::nullopt);
  EXPECT_EQ(kindOf(AST, "c"), std::nullopt);
  EXPECT_EQ(kindOf(AST, "d"), std::nullopt); // str() && moves, no copy
  EXPECT_EQ(kindOf(AST, "e"), std::nullopt);
  EXPECT_EQ(kindOf(AST, "g"), std::nullopt);
  EXPECT_EQ(kindOf(AST, "h"), std::nullopt);
}

TEST(StringProducersTest, ConfiguredNamesPlainOrQualified) {
  const InMemoryAST AST(std::string(Mocks) + R"cpp(
void f(Status st) {
  std::string a = st.toString();
  std::string b = util::describe(1);
}
)cpp");
  ASSERT_TRUE(AST.ok());
  static const std::vector<std::string> Plain = {"toString"};
  static const std::vector<std::string> Qualified = {"::util::describe"};
  EXPECT_EQ(kindOf(AST, "a", {Plain}), StringProducerKind::Configured);
  EXPECT_EQ(kindOf(AST, "b", {Plain}), std::nullopt);
  EXPECT_EQ(kindOf(AST, "b", {Qualified}), StringProducerKind::Configured);
  EXPECT_EQ(kindOf(AST, "b", {Qualified, StringProducerKind::CaseConversion}),
            StringProducerKind::CaseConversion);
}

TEST(StringProducersTest, ConvertedCaseFromTheName) {
  const InMemoryAST AST(R"cpp(
#include <string>
std::string to_lower_copy(const std::string &);
std::string AsciiStrToUpper(const std::string &);
std::string toLower(const std::string &);
std::string fold(const std::string &);
std::string lowerOrUpper(const std::string &);
)cpp");
  ASSERT_TRUE(AST.ok());
  auto CaseOf = [&](llvm::StringRef Name) {
    return convertedCase(AST.named<FunctionDecl>(Name));
  };
  EXPECT_EQ(CaseOf("to_lower_copy"), LetterCase::Lower);
  EXPECT_EQ(CaseOf("AsciiStrToUpper"), LetterCase::Upper);
  EXPECT_EQ(CaseOf("toLower"), LetterCase::Lower);
  EXPECT_EQ(CaseOf("fold"), LetterCase::Unknown);
  EXPECT_EQ(CaseOf("lowerOrUpper"), LetterCase::Unknown);
}

TEST(StringProducersTest, MatcherPreFiltersCandidates) {
  const InMemoryAST AST(std::string(Mocks) + R"cpp(
int g(int);
void f(int n, std::string s) {
  std::string a = std::to_string(n);
  std::string h = s + "x";
  int z = g(n);
}
)cpp");
  ASSERT_TRUE(AST.ok());
  auto Count = [&](const std::vector<StringProducerKind> &Kinds) {
    // match() tries the matcher on every node: no findAll needed.
    return match(expr(mayBeStringProducer(Kinds), isExpansionInMainFile()),
                 AST.context())
        .size();
  };
  EXPECT_EQ(Count({StringProducerKind::NumberToString}), 1U);
  EXPECT_EQ(Count({StringProducerKind::Concatenation}), 1U);
  EXPECT_EQ(Count({StringProducerKind::Format}), 0U);
}

TEST(StringProducersTest, QualifiedNamesSkipInlineNamespaces) {
  const InMemoryAST AST{std::string(Mocks)};
  ASSERT_TRUE(AST.ok());
  const auto *ToString = AST.first<FunctionDecl>(
      findAll(functionDecl(hasName("::std::to_string")).bind("f")), "f");
  ASSERT_NE(ToString, nullptr);
  EXPECT_EQ(qualifiedNameWithoutInlineNamespaces(ToString), "std::to_string");
  const auto *Format = AST.first<FunctionDecl>(
      findAll(functionDecl(hasName("::fmt::format")).bind("f")), "f");
  ASSERT_NE(Format, nullptr);
  EXPECT_EQ(qualifiedNameWithoutInlineNamespaces(Format), "fmt::format");
}

} // namespace
} // namespace allochunt::test
