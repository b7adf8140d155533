//===--- TemporaryLookupKeyCheck.cpp - allochunt-temporary-lookup-key -----===//

#include "TemporaryLookupKeyCheck.h"

#include "lib/HeterogeneousLookup.h"
#include "lib/NonOwningStringSource.h"
#include "lib/RejectedCode.h"
#include "lib/StringReads.h"
#include "lib/StringSourceFix.h"
#include "lib/StringTypes.h"
#include "lib/TemplateInstantiation.h"
#include "lib/TransparentComparatorFix.h"

#include "utils/OptionsUtils.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/Support/Regex.h"

#include <cstdint>

using namespace clang::ast_matchers;

namespace clang::tidy::allochunt {

namespace {

AST_MATCHER_P(QualType, isOwningStringOf, std::vector<llvm::StringRef>, Names) {
  (void)Finder;
  (void)Builder;
  return isOwningStringType(Node, Names);
}

AST_MATCHER_P(Expr, ignoringStringConversions, ast_matchers::internal::Matcher<Expr>, Inner) {
  return Inner.matches(*stripImplicitStringConversions(&Node), Finder, Builder);
}

} // namespace

static constexpr unsigned MaxLocalReferences = 32;

// The variable or field a container lookup is called on, when the call
// names it directly.
static const DeclaratorDecl *containerDeclaration(const Expr &Object) {
  const Expr *E = Object.IgnoreParenImpCasts();
  const ValueDecl *D = nullptr;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    D = Ref->getDecl();
  else if (const auto *Member = dyn_cast<MemberExpr>(E))
    D = Member->getMemberDecl();
  if (!isa_and_nonnull<VarDecl, FieldDecl>(D) || D->getType()->isPointerType())
    return nullptr;
  return cast<DeclaratorDecl>(D);
}

// The container type as the user declared it (an alias stays an alias).
static std::string containerTypeSpelling(const Expr &Object, const ASTContext &Context) {
  QualType T = Object.getType();
  const auto *Call = dyn_cast<CallExpr>(Object.IgnoreParenImpCasts());
  if (const DeclaratorDecl *Container = containerDeclaration(Object))
    T = Container->getType();
  else if (Call != nullptr && Call->getDirectCallee() != nullptr)
    T = Call->getDirectCallee()->getReturnType();
  if (T->isPointerType())
    T = T->getPointeeType();
  return T.getNonReferenceType().getUnqualifiedType().getAsString(Context.getPrintingPolicy());
}

static std::string purposeOf(const StringRead &Read, const ASTContext &Context) {
  switch (Read.Kind) {
  case StringReadKind::LookupKey:
    return "look up a key in '" + containerTypeSpelling(*Read.ContainerObject, Context) + "'";
  case StringReadKind::SearchedValue:
    return "be searched for by '" + Read.ReaderName + "'";
  case StringReadKind::ComparisonOperand:
    return "be compared";
  case StringReadKind::CompareArgument:
    return "be passed to '" + Read.ReaderName + "'";
  }
  return "";
}

static std::string containerAction(ContainerFamily Family) {
  return Family == ContainerFamily::Ordered
             ? "declare the container with a transparent comparator such as 'std::less<>'"
             : "declare the container with a transparent hash and 'std::equal_to<>'";
}

static std::pair<SourceLocation, std::string>
containerNote(const DeclaratorDecl &Container, ContainerFamily Family, const std::string &String) {
  const std::string With = Family == ContainerFamily::Ordered
                               ? "with 'std::less<>' as its comparator"
                               : "with a transparent hash and 'std::equal_to<>'";
  return {Container.getLocation(), "declare '" + Container.getNameAsString() + "' " + With +
                                       " to look up keys without building a '" + String + "'"};
}

// After the fix, does the other operand of a comparison stay a string or
// view object (so this operand may become a character pointer)? When both
// operands are temporaries, the left one becomes a view and the right one
// its raw source.
static bool otherOperandStaysObject(const StringRead &Read, llvm::ArrayRef<llvm::StringRef> Types,
                                    const SourceManager &SM) {
  const Expr &Other = *Read.OtherOperand;
  if (std::optional<NonOwningStringSource> OtherSource = findNonOwningStringSource(Other, Types);
      OtherSource && OtherSource->Explicit) {
    return OtherSource->Kind == StringSourceKind::View ||
           SM.isBeforeInTranslationUnit(Other.getBeginLoc(), Read.Operand->getBeginLoc());
  }
  return isOwningStringType(Other.getType()) || isStringViewType(Other.getType());
}

// What the user should write instead; a comparison "compares" the source,
// any other read is "passed" it.
static std::string rewriteAction(SourceReplacement How, const NonOwningStringSource &Source,
                                 const std::string &View, bool Comparison) {
  if (View.empty())
    return "use a string view instead";
  if (How == SourceReplacement::View)
    return "construct a '" + View + "' instead";
  if (How == SourceReplacement::None)
    return "construct a '" + View + "' from the pointer and the length instead";
  const std::string Verb = Comparison ? "compare " : "pass ";
  switch (Source.Kind) {
  case StringSourceKind::View:
    return Verb + "the '" + View + "' directly";
  case StringSourceKind::Literal:
    return Verb + "the string literal directly";
  default:
    return Verb + (Source.Source->getType()->isArrayType() ? "the character array directly"
                                                           : "the character pointer directly");
  }
}

TemporaryLookupKeyCheck::TemporaryLookupKeyCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      StringTypesOption(Options.get("StringTypes", DefaultOwningStringTypes)),
      StringTypes(utils::options::parseStringList(StringTypesOption)),
      SmallStringCapacity(Options.getLocalOrGlobal("SmallStringCapacity", 15U)),
      FixContainerDeclarations(Options.get("FixContainerDeclarations", false)),
      Inserter(Options.getLocalOrGlobal("IncludeStyle", utils::IncludeSorter::IS_LLVM),
               areDiagsSelfContained()) {
  static const llvm::Regex QualifiedName("^(::)?[A-Za-z_][A-Za-z0-9_]*(::[A-Za-z_][A-Za-z0-9_]*)*$");
  for (const llvm::StringRef Entry : StringTypes)
    if (!QualifiedName.match(Entry))
      configurationDiag("invalid entry '%0' in option 'StringTypes' of '%1': expected a "
                        "qualified class or class template name such as '::std::basic_string'",
                        DiagnosticIDs::Error)
          << Entry << Name;
}

void TemporaryLookupKeyCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "StringTypes", StringTypesOption);
  Options.store(Opts, "SmallStringCapacity", SmallStringCapacity);
  Options.store(Opts, "FixContainerDeclarations", FixContainerDeclarations);
  Options.store(Opts, "IncludeStyle", Inserter.getStyle());
}

void TemporaryLookupKeyCheck::registerPPCallbacks(const SourceManager & /*SM*/, Preprocessor *PP,
                                                  Preprocessor * /*ModuleExpanderPP*/) {
  Inserter.registerPreprocessor(PP);
}

void TemporaryLookupKeyCheck::registerMatchers(MatchFinder *Finder) {
  Finder = &UserCode.attach(*Finder);
  // An owning string as written in an argument: a construction, or a local
  // variable that may exist only to be read.
  const auto Candidate = ignoringStringConversions(
      expr(hasType(qualType(isOwningStringOf(StringTypes))),
           anyOf(cxxConstructExpr(), explicitCastExpr(),
                 declRefExpr(to(varDecl(hasLocalStorage(), unless(parmVarDecl())))))));
  // Each matcher starts from the call's kind and callee name, the rarest and
  // cheapest tests; the key is looked at only for the calls that pass.
  const auto InUserCode = unless(isExpansionInSystemHeader());
  const auto Lookup = cxxMemberCallExpr(
      callee(cxxMethodDecl(
          hasAnyName("find", "count", "contains", "equal_range", "lower_bound", "upper_bound"),
          ofClass(hasAnyName("::std::map", "::std::multimap", "::std::set", "::std::multiset",
                             "::std::unordered_map", "::std::unordered_multimap",
                             "::std::unordered_set", "::std::unordered_multiset")))),
      InUserCode, hasArgument(0, Candidate));
  const auto Compare = cxxMemberCallExpr(
      callee(cxxMethodDecl(hasName("compare"),
                           ofClass(hasAnyName("::std::basic_string", "::std::basic_string_view")))),
      InUserCode, hasAnyArgument(Candidate));
  const auto Algorithm = callExpr(callee(functionDecl(hasAnyName("::std::find", "::std::count"))),
                                  InUserCode, hasAnyArgument(Candidate));
  const auto RangesAlgorithm = cxxOperatorCallExpr(
      hasOverloadedOperatorName("()"),
      hasArgument(0, ignoringImplicit(declRefExpr(to(varDecl(hasAnyName(
                         "::std::ranges::find", "::std::ranges::count", "::std::ranges::contains")))))),
      InUserCode, hasAnyArgument(Candidate));
  const auto Comparison = cxxOperatorCallExpr(
      hasAnyOverloadedOperatorName("==", "!=", "<", "<=", ">", ">=", "<=>"), InUserCode,
      hasAnyArgument(Candidate));
  for (const auto &Call : {Lookup, Compare, Algorithm, RangesAlgorithm, Comparison})
    Finder->addMatcher(Call.bind("call"), this);
}

void TemporaryLookupKeyCheck::check(const MatchFinder::MatchResult &Result) {
  if (isRejectedByCompiler(*Result.Context))
    return;
  const auto *Call = Result.Nodes.getNodeAs<Expr>("call");
  for (const StringRead &Read : stringReadsOf(*Call)) {
    const Expr *Operand = stripImplicitStringConversions(Read.Operand);
    if (const auto *Ref = dyn_cast<DeclRefExpr>(Operand)) {
      if (const auto *Local = dyn_cast<VarDecl>(Ref->getDecl()))
        checkNamedLocal(*Local, *Result.Context);
    } else if (std::optional<NonOwningStringSource> Source =
                   findNonOwningStringSource(*Operand, StringTypes)) {
      checkTemporary(Read, *Source, *Result.Context);
    }
  }
}

void TemporaryLookupKeyCheck::checkTemporary(const StringRead &Read,
                                             const NonOwningStringSource &Source,
                                             ASTContext &Context) {
  const SourceLocation Loc = Source.String->getBeginLoc();
  if (Reported.contains(Loc))
    return;
  // Only a lookup converts implicitly; a literal that fits the small-string
  // buffer does not allocate.
  if (!Source.Explicit &&
      (Read.Kind != StringReadKind::LookupKey || fitsSmallStringBuffer(Source, Context)))
    return;

  const QualType StringType = Source.String->getType();
  const std::string String = stringTypeSpelling(StringType);
  const std::string View = stringViewSpelling(StringType);
  const bool InInstantiation = isInTemplateInstantiation(*Source.String, Context);
  Finding F{Loc, "", {}, {}};
  bool ViewFits = true;
  bool RawSourceFits = true;
  std::string Action;
  if (Read.Kind == StringReadKind::LookupKey) {
    if (containerKeyType(*Read.Container).getCanonicalType().getUnqualifiedType() !=
        StringType.getCanonicalType().getUnqualifiedType())
      return;
    const HeterogeneousLookup Lookup =
        analyzeHeterogeneousLookup(*Read.Container, Read.ReaderName);
    // Without library support nothing avoids the key; a transparent functor
    // that takes no view is the container author's choice.
    if (!Lookup.LibrarySupportsIt || (Lookup.Transparent && !Lookup.AcceptsStringView))
      return;
    ViewFits = Lookup.Transparent;
    RawSourceFits = Lookup.StandardFunctors;
    if (!Lookup.Transparent) {
      const ContainerFamily Family =
          associativeContainerFamily(Read.Container).value_or(ContainerFamily::Ordered);
      Action = containerAction(Family);
      const DeclaratorDecl *Container = containerDeclaration(*Read.ContainerObject);
      if (Container != nullptr)
        F.Notes.push_back(containerNote(*Container, Family, String));
      if (fixContainerDeclaration(Container, Family, InInstantiation, Context, F))
        ViewFits = RawSourceFits = true;
    }
  } else if (Read.Kind == StringReadKind::ComparisonOperand) {
    RawSourceFits = otherOperandStaysObject(Read, StringTypes, Context.getSourceManager());
  }

  const SourceReplacement How =
      ViewFits ? chooseSourceReplacement(Source, RawSourceFits, Context.getLangOpts())
               : SourceReplacement::None;
  if (Action.empty())
    Action = rewriteAction(How, Source, View, Read.Kind == StringReadKind::ComparisonOperand);
  F.Message = std::string("temporary '") + String + "' constructed " +
              (Source.Explicit ? "" : "implicitly ") + "only to " + purposeOf(Read, Context) +
              "; " + Action;
  if (std::optional<FixItHint> Fix = sourceReplacementFix(
          Source, How, View, Read.Kind == StringReadKind::ComparisonOperand, Context)) {
    F.Fixes.push_back(*Fix);
    if (How == SourceReplacement::View)
      addStringViewInclude(Loc, Context, F);
  }
  report(std::move(F), InInstantiation);
}

void TemporaryLookupKeyCheck::checkNamedLocal(const VarDecl &Local, ASTContext &Context) {
  if (!AnalyzedLocals.insert(&Local).second || Reported.contains(Local.getLocation()))
    return;
  if (!Local.isLocalVarDecl() || Local.isStaticLocal() || Local.getType()->isReferenceType() ||
      Local.isExceptionVariable() || Local.isCXXForRangeDecl() || isa<DecompositionDecl>(Local) ||
      Local.getInit() == nullptr || !isOwningStringType(Local.getType(), StringTypes))
    return;
  std::optional<NonOwningStringSource> Source =
      findNonOwningStringSource(*Local.getInit(), StringTypes);
  // A string that fits the small-string buffer does not allocate.
  if (!Source || fitsSmallStringBuffer(*Source, Context))
    return;
  std::optional<llvm::SmallVector<const DeclRefExpr *, 8>> References =
      referencesInFunction(Local, MaxLocalReferences);
  if (!References || References->empty())
    return;

  // Every use must be a read; remember the first lookup in a container that
  // is not transparent.
  llvm::SmallVector<StringRead, 4> Reads;
  std::optional<StringRead> NotTransparent;
  for (const DeclRefExpr *Ref : *References) {
    std::optional<StringRead> Read = readOfReference(*Ref, Context);
    if (!Read)
      return;
    if (Read->Kind == StringReadKind::LookupKey) {
      if (containerKeyType(*Read->Container).getCanonicalType() !=
          Local.getType().getCanonicalType().getUnqualifiedType())
        return;
      const HeterogeneousLookup Lookup =
          analyzeHeterogeneousLookup(*Read->Container, Read->ReaderName);
      if (!Lookup.LibrarySupportsIt || (Lookup.Transparent && !Lookup.AcceptsStringView))
        return;
      if (!Lookup.Transparent && !NotTransparent)
        NotTransparent = *Read;
    }
    Reads.push_back(*Read);
  }

  const std::string String = stringTypeSpelling(Local.getType());
  const std::string View = stringViewSpelling(Local.getType());
  const bool SamePurpose = llvm::all_of(Reads, [&](const StringRead &Read) {
    return purposeOf(Read, Context) == purposeOf(Reads.front(), Context);
  });
  Finding F{Local.getLocation(), "", {}, {}};
  std::string Action = View.empty() ? "use a string view instead" : "declare it as '" + View + "'";
  if (NotTransparent) {
    const ContainerFamily Family =
        associativeContainerFamily(NotTransparent->Container).value_or(ContainerFamily::Ordered);
    Action = containerAction(Family);
    if (const DeclaratorDecl *Container = containerDeclaration(*NotTransparent->ContainerObject))
      F.Notes.push_back(containerNote(*Container, Family, String));
  }
  F.Message = "'" + Local.getNameAsString() + "' is a '" + String + "' constructed only to " +
              (SamePurpose ? purposeOf(Reads.front(), Context) : "be looked up or compared") +
              "; " + Action;

  const bool InInstantiation = isInTemplateInstantiation(Local);
  if (!NotTransparent && !InInstantiation) {
    if (std::optional<FixItHint> Fix = localAsViewFix(Local, *Source, View, Context)) {
      F.Fixes.push_back(*Fix);
      addStringViewInclude(Local.getLocation(), Context, F);
    }
  }
  report(std::move(F), InInstantiation);
}

bool TemporaryLookupKeyCheck::fitsSmallStringBuffer(const NonOwningStringSource &Source,
                                                    const ASTContext &Context) const {
  const std::optional<uint64_t> Bytes = Source.knownByteLength(Context);
  return Bytes && *Bytes <= SmallStringCapacity;
}

void TemporaryLookupKeyCheck::addStringViewInclude(SourceLocation Loc, const ASTContext &Context,
                                                   Finding &F) {
  if (std::optional<FixItHint> Include = Inserter.createIncludeInsertion(
          Context.getSourceManager().getFileID(Loc), "<string_view>"))
    F.Fixes.push_back(*Include);
}

// With FixContainerDeclarations, adds to \p F the edit that gives the ordered
// container \p Container the comparator std::less<> (once per declaration,
// however many lookups it serves). True when the container will be
// transparent once the warning's fix-its are applied.
bool TemporaryLookupKeyCheck::fixContainerDeclaration(const DeclaratorDecl *Container,
                                                      ContainerFamily Family,
                                                      bool InInstantiation, ASTContext &Context,
                                                      Finding &F) {
  if (Container == nullptr || !FixContainerDeclarations || InInstantiation ||
      Family != ContainerFamily::Ordered)
    return false;
  if (FixedContainerDeclarations.contains(Container))
    return true;
  std::optional<FixItHint> Fix = transparentComparatorFix(*Container, Context);
  if (!Fix)
    return false;
  FixedContainerDeclarations.insert(Container);
  F.Fixes.push_back(*Fix);
  return true;
}

// Code in a template instantiation is reported without fix-its, and only if
// no non-instantiated copy of the same code reports it (that one, seen in
// the template's pattern, may carry a fix-it).
void TemporaryLookupKeyCheck::report(Finding F, bool InTemplateInstantiation) {
  if (InTemplateInstantiation) {
    if (!Reported.contains(F.Loc) && !PendingFromInstantiations.contains(F.Loc)) {
      F.Fixes.clear();
      PendingFromInstantiations.insert({F.Loc, std::move(F)});
    }
    return;
  }
  if (!Reported.insert(F.Loc).second)
    return;
  PendingFromInstantiations.erase(F.Loc);
  {
    const DiagnosticBuilder Warning = diag(F.Loc, "%0") << F.Message;
    for (const FixItHint &Fix : F.Fixes)
      Warning << Fix;
  }
  for (const auto &[Loc, Text] : F.Notes)
    diag(Loc, "%0", DiagnosticIDs::Note) << Text;
}

void TemporaryLookupKeyCheck::onEndOfTranslationUnit() {
  for (auto &Entry : PendingFromInstantiations) {
    const Finding &F = Entry.second;
    diag(F.Loc, "%0") << F.Message;
    for (const auto &[Loc, Text] : F.Notes)
      diag(Loc, "%0", DiagnosticIDs::Note) << Text;
  }
  PendingFromInstantiations.clear();
}

} // namespace clang::tidy::allochunt
