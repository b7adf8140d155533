//===--- StringProducers.cpp - a string made from a value -----------------===//

#include "lib/StringProducers.h"

#include "lib/StringTypes.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

#include <array>

namespace clang::tidy::allochunt {

using namespace ast_matchers;

static constexpr std::array<llvm::StringLiteral, 2> NumberToStringNames = {
    "::std::to_string", "::std::to_wstring"};
static constexpr std::array<llvm::StringLiteral, 2> FormatNames = {
    "::std::format", "::fmt::format"};
static constexpr std::array<llvm::StringLiteral, 1> LexicalCastNames = {
    "::boost::lexical_cast"};
static constexpr std::array<llvm::StringLiteral, 4> CaseConversionNames = {
    "::boost::algorithm::to_lower_copy", "::boost::algorithm::to_upper_copy",
    "::absl::AsciiStrToLower", "::absl::AsciiStrToUpper"};
static constexpr std::array<llvm::StringLiteral, 4> StreamClassNames = {
    "std::basic_ostringstream", "std::basic_istringstream",
    "std::basic_stringstream", "std::basic_stringbuf"};

std::string qualifiedNameWithoutInlineNamespaces(const NamedDecl *D) {
  if (D->getIdentifier() == nullptr)
    return "";
  llvm::SmallVector<llvm::StringRef, 4> Parts = {D->getName()};
  for (const DeclContext *Context = D->getDeclContext();
       Context != nullptr && !Context->isTranslationUnit();
       Context = Context->getParent()) {
    if (const auto *Namespace = dyn_cast<NamespaceDecl>(Context)) {
      if (!Namespace->isInline())
        Parts.push_back(Namespace->getName());
    } else if (const auto *Record = dyn_cast<RecordDecl>(Context)) {
      Parts.push_back(Record->getName());
    } else if (!isa<LinkageSpecDecl, ExportDecl>(Context)) {
      return ""; // Local to a function: has no qualified name to configure.
    }
  }
  std::string Name;
  for (const llvm::StringRef Part : llvm::reverse(Parts)) {
    if (!Name.empty())
      Name += "::";
    Name += Part;
  }
  return Name;
}

static bool isNamed(const NamedDecl *D,
                    llvm::ArrayRef<llvm::StringLiteral> QualifiedNames) {
  const std::string Name = qualifiedNameWithoutInlineNamespaces(D);
  return llvm::any_of(QualifiedNames, [&](llvm::StringRef Wanted) {
    return Wanted.drop_front(Wanted.starts_with("::") ? 2 : 0) == Name;
  });
}

// A configured name: qualified ("::ns::f", "ns::f") or a plain identifier.
// A plain name does not reach into namespace std, whose producers are the
// built-in kinds (and `std::move(os).str()` is no copy).
static bool matchesConfiguredName(const FunctionDecl *Callee,
                                  llvm::ArrayRef<std::string> Names) {
  if (Callee->getIdentifier() == nullptr)
    return false;
  const bool InStd = Callee->getDeclContext()
                         ->getEnclosingNamespaceContext()
                         ->isStdNamespace();
  return llvm::any_of(Names, [&](llvm::StringRef Wanted) {
    if (!Wanted.contains("::"))
      return !InStd && Callee->getName() == Wanted;
    Wanted.consume_front("::");
    return qualifiedNameWithoutInlineNamespaces(Callee) == Wanted;
  });
}

// The class template (or class) a record is an instance of.
static const CXXRecordDecl *patternOf(const CXXRecordDecl *Class) {
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Class))
    return Spec->getSpecializedTemplate()->getTemplatedDecl();
  return Class;
}

static const Expr *objectOf(const CallExpr *Call) {
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    return Member->getImplicitObjectArgument();
  return nullptr;
}

static const Expr *firstArgument(const CallExpr *Call) {
  return Call->getNumArgs() > 0 ? Call->getArg(0) : nullptr;
}

static bool isStreamContents(const CallExpr *Call, const FunctionDecl *Callee) {
  const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
  if (Method == nullptr || Method->getIdentifier() == nullptr ||
      Method->getName() != "str" || Call->getNumArgs() != 0 ||
      Method->getRefQualifier() == RQ_RValue) // str() && moves the text out.
    return false;
  return isNamed(patternOf(Method->getParent()), StreamClassNames);
}

static bool isMemberOf(const FunctionDecl *Callee, llvm::StringRef Name,
                       llvm::ArrayRef<llvm::StringLiteral> Classes) {
  const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
  if (Method == nullptr || Method->getIdentifier() == nullptr ||
      Method->getName() != Name)
    return false;
  return isNamed(patternOf(Method->getParent()), Classes);
}

// The value a producer of kind Kind makes its text from.
static const Expr *sourceOf(StringProducerKind Kind, const CallExpr *Call) {
  switch (Kind) {
  case StringProducerKind::StreamContents:
  case StringProducerKind::Substring:
  case StringProducerKind::Serialization:
    return objectOf(Call);
  case StringProducerKind::Format:
    // format(fmt, value): the one formatted value.
    return Call->getNumArgs() == 2 ? Call->getArg(1) : nullptr;
  case StringProducerKind::Concatenation:
    return nullptr;
  default:
    if (const Expr *Object = objectOf(Call))
      return Object;
    return firstArgument(Call);
  }
}

static bool isKind(StringProducerKind Kind, const CallExpr *Call,
                   const FunctionDecl *Callee) {
  switch (Kind) {
  case StringProducerKind::NumberToString:
    return isNamed(Callee, NumberToStringNames);
  case StringProducerKind::StreamContents:
    return isStreamContents(Call, Callee);
  case StringProducerKind::Format:
    return isNamed(Callee, FormatNames);
  case StringProducerKind::LexicalCast:
    return isNamed(Callee, LexicalCastNames);
  case StringProducerKind::CaseConversion:
    return isNamed(Callee, CaseConversionNames);
  case StringProducerKind::Concatenation: {
    const auto *Operator = dyn_cast<CXXOperatorCallExpr>(Call);
    return Operator != nullptr && Operator->getOperator() == OO_Plus &&
           Callee->isInStdNamespace();
  }
  case StringProducerKind::Substring:
    return isMemberOf(Callee, "substr", {"std::basic_string"});
  case StringProducerKind::Serialization:
    return isMemberOf(Callee, "dump", {"nlohmann::basic_json"});
  case StringProducerKind::Configured:
    return false;
  }
  return false;
}

static const Expr *stripImplicitAndParens(const Expr *E) {
  while (true) {
    const Expr *Stripped = E->IgnoreImplicit()->IgnoreParens();
    if (Stripped == E)
      return E;
    E = Stripped;
  }
}

std::optional<StringProducer>
classifyStringProducer(const Expr *E, llvm::ArrayRef<StringProducerKind> Kinds,
                       const ConfiguredProducers &Configured) {
  if (E == nullptr)
    return std::nullopt;
  const auto *Call = dyn_cast<CallExpr>(stripImplicitAndParens(E));
  if (Call == nullptr || !Call->isPRValue() ||
      !isOwningStringType(Call->getType()))
    return std::nullopt;
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (Callee == nullptr)
    return std::nullopt;
  for (const StringProducerKind Kind : Kinds)
    if (isKind(Kind, Call, Callee))
      return StringProducer{Kind, Call, Callee, sourceOf(Kind, Call)};
  if (!Configured.Names.empty() &&
      matchesConfiguredName(Callee, Configured.Names))
    return StringProducer{Configured.Kind, Call, Callee,
                          sourceOf(Configured.Kind, Call)};
  return std::nullopt;
}

std::optional<FixItHint> viewInsteadOfStr(const StringProducer &Producer,
                                          const ASTContext &Context) {
  const auto *Call = dyn_cast<CXXMemberCallExpr>(Producer.Call);
  if (Producer.Kind != StringProducerKind::StreamContents || Call == nullptr ||
      !Context.getLangOpts().CPlusPlus20)
    return std::nullopt;
  const auto *Member = dyn_cast<MemberExpr>(Call->getCallee()->IgnoreParens());
  const CXXMethodDecl *Method = Call->getMethodDecl();
  if (Member == nullptr || Method == nullptr ||
      Member->getMemberLoc().isMacroID())
    return std::nullopt;
  // libstdc++ declares view() only in C++20 and with its new string ABI.
  const DeclarationName View(&Context.Idents.get("view"));
  if (Method->getParent()->lookup(View).empty())
    return std::nullopt;
  return FixItHint::CreateReplacement(
      CharSourceRange::getTokenRange(Member->getMemberLoc()), "view");
}

LetterCase convertedCase(const FunctionDecl *Callee) {
  if (Callee->getIdentifier() == nullptr)
    return LetterCase::Unknown;
  const std::string Name = Callee->getName().lower();
  const bool Lower = llvm::StringRef(Name).contains("lower");
  const bool Upper = llvm::StringRef(Name).contains("upper");
  if (Lower == Upper)
    return LetterCase::Unknown;
  return Lower ? LetterCase::Lower : LetterCase::Upper;
}

static void appendNames(std::vector<llvm::StringRef> &Names,
                        llvm::ArrayRef<llvm::StringLiteral> More) {
  Names.insert(Names.end(), More.begin(), More.end());
}

StatementMatcher mayBeStringProducer(llvm::ArrayRef<StringProducerKind> Kinds,
                                     const ConfiguredProducers &Configured) {
  std::vector<llvm::StringRef> Names(Configured.Names.begin(),
                                     Configured.Names.end());
  bool Concatenation = false;
  for (const StringProducerKind Kind : Kinds) {
    switch (Kind) {
    case StringProducerKind::NumberToString:
      appendNames(Names, NumberToStringNames);
      break;
    case StringProducerKind::StreamContents:
      Names.emplace_back("str");
      break;
    case StringProducerKind::Format:
      appendNames(Names, FormatNames);
      break;
    case StringProducerKind::LexicalCast:
      appendNames(Names, LexicalCastNames);
      break;
    case StringProducerKind::CaseConversion:
      appendNames(Names, CaseConversionNames);
      break;
    case StringProducerKind::Concatenation:
      Concatenation = true;
      break;
    case StringProducerKind::Substring:
      Names.emplace_back("substr");
      break;
    case StringProducerKind::Serialization:
      Names.emplace_back("dump");
      break;
    case StringProducerKind::Configured:
      break;
    }
  }
  auto Concatenating = cxxOperatorCallExpr(hasOverloadedOperatorName("+"));
  if (Names.empty())
    return Concatenation ? Concatenating : expr(unless(anything()));
  auto NamedCall = callExpr(callee(functionDecl(hasAnyName(Names))));
  if (!Concatenation)
    return NamedCall;
  return expr(anyOf(NamedCall, Concatenating));
}

} // namespace clang::tidy::allochunt
