//===--- FixItText.cpp - the text of a fix-it -----------------------------===//

#include "lib/FixItText.h"

#include "lib/UserCodeParents.h"

#include "clang/AST/ExprCXX.h"
#include "clang/Basic/OperatorPrecedence.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLExtras.h"

#include <optional>

namespace clang::tidy::allochunt {

static prec::Level precedenceOf(BinaryOperatorKind Op) {
  switch (Op) {
  case BO_PtrMemD:
  case BO_PtrMemI:
    return prec::PointerToMember;
  case BO_Mul:
  case BO_Div:
  case BO_Rem:
    return prec::Multiplicative;
  case BO_Add:
  case BO_Sub:
    return prec::Additive;
  case BO_Shl:
  case BO_Shr:
    return prec::Shift;
  case BO_Cmp:
    return prec::Spaceship;
  case BO_LT:
  case BO_GT:
  case BO_LE:
  case BO_GE:
    return prec::Relational;
  case BO_EQ:
  case BO_NE:
    return prec::Equality;
  case BO_And:
    return prec::And;
  case BO_Xor:
    return prec::ExclusiveOr;
  case BO_Or:
    return prec::InclusiveOr;
  case BO_LAnd:
    return prec::LogicalAnd;
  case BO_LOr:
    return prec::LogicalOr;
  case BO_Comma:
    return prec::Comma;
  default:
    return prec::Assignment;
  }
}

// The binary operator \p E is written with, built-in or overloaded.
static std::optional<BinaryOperatorKind> infixOperatorOf(const Expr *E) {
  if (const auto *Binary = dyn_cast<BinaryOperator>(E))
    return Binary->getOpcode();
  if (const auto *Rewritten = dyn_cast<CXXRewrittenBinaryOperator>(E))
    return Rewritten->getOperator();
  if (const auto *Call = dyn_cast<CXXOperatorCallExpr>(E))
    if (Call->isInfixBinaryOp())
      return BinaryOperator::getOverloadedOpcode(Call->getOperator());
  return std::nullopt;
}

static const Expr *leftOperandOf(const Expr *Binary) {
  if (const auto *Builtin = dyn_cast<BinaryOperator>(Binary))
    return Builtin->getLHS()->IgnoreImplicit();
  if (const auto *Rewritten = dyn_cast<CXXRewrittenBinaryOperator>(Binary))
    return Rewritten->getLHS()->IgnoreImplicit();
  if (const auto *Call = dyn_cast<CXXOperatorCallExpr>(Binary))
    return Call->getArg(0)->IgnoreImplicit();
  return nullptr;
}

bool needsParensAsOperand(const Expr *Operand, BinaryOperatorKind Op) {
  const Expr *E = Operand->IgnoreImplicit();
  if (std::optional<BinaryOperatorKind> Written = infixOperatorOf(E))
    return precedenceOf(*Written) <= precedenceOf(Op);
  if (const auto *Call = dyn_cast<CXXOperatorCallExpr>(E))
    // Unary, call, subscript and arrow operators bind tighter than any
    // binary operator.
    return Call->getOperator() == OO_Conditional;
  return !isa<ParenExpr, DeclRefExpr, MemberExpr, CallExpr, ArraySubscriptExpr,
              UnaryOperator, IntegerLiteral, FloatingLiteral, CharacterLiteral,
              StringLiteral, CXXBoolLiteralExpr, CXXNullPtrLiteralExpr,
              ExplicitCastExpr, CXXConstructExpr, CXXThisExpr,
              UnaryExprOrTypeTraitExpr, CXXScalarValueInitExpr>(E);
}

// Whether \p Child sits inside brackets of \p Parent (an argument list, a
// subscript, a cast's parentheses), where any text stands on its own.
static bool isBracketed(const Expr *Parent, const Expr *Child) {
  if (const auto *Call = dyn_cast<CXXOperatorCallExpr>(Parent)) {
    if (Call->getOperator() != OO_Call && Call->getOperator() != OO_Subscript)
      return false;
    return Call->getNumArgs() > 0 && Call->getArg(0)->IgnoreImplicit() != Child;
  }
  if (const auto *Call = dyn_cast<CallExpr>(Parent))
    return Call->getCallee()->IgnoreImplicit() != Child;
  if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(Parent))
    return Subscript->getIdx()->IgnoreImplicit() == Child;
  return isa<ParenExpr, CXXConstructExpr, InitListExpr, ParenListExpr,
             CXXUnresolvedConstructExpr, CXXNamedCastExpr>(Parent) ||
         (isa<CXXFunctionalCastExpr>(Parent) &&
          cast<CXXFunctionalCastExpr>(Parent)->getLParenLoc().isValid());
}

bool needsParensInPlaceOf(const Expr *Replaced, BinaryOperatorKind Op,
                          ASTContext &Context) {
  const Expr *Child = Replaced;
  while (true) {
    const llvm::ArrayRef<DynTypedNode> Parents = userCodeParents(Context, *Child);
    if (Parents.size() != 1)
      return true;
    const auto *Parent = Parents[0].get<Expr>();
    if (Parent == nullptr)
      return false; // A statement or an initializer: the text stands alone.
    if (isa<ImplicitCastExpr, MaterializeTemporaryExpr, CXXBindTemporaryExpr,
            FullExpr>(Parent)) {
      Child = Parent;
      continue;
    }
    if (isBracketed(Parent, Child->IgnoreImplicit()))
      return false;
    if (std::optional<BinaryOperatorKind> Written = infixOperatorOf(Parent)) {
      // Binary operators other than assignment associate to the left: the
      // left operand needs no parentheses at equal precedence.
      if (precedenceOf(*Written) == precedenceOf(Op) &&
          precedenceOf(Op) > prec::Conditional &&
          leftOperandOf(Parent) == Child->IgnoreImplicit())
        return false;
      return precedenceOf(*Written) >= precedenceOf(Op);
    }
    if (isa<AbstractConditionalOperator>(Parent))
      return precedenceOf(Op) <= prec::Conditional;
    return true;
  }
}

bool isEditableRange(SourceRange Range) {
  return Range.isValid() && Range.getBegin().isFileID() &&
         Range.getEnd().isFileID();
}

// Whether nothing inside \p S comes from a macro. Implicit nodes without a
// location (an implicit value initialisation) are not written anywhere.
static bool hasNoMacroInside(const Stmt *S) {
  return llvm::all_of(S->children(), [](const Stmt *Child) {
    if (Child == nullptr)
      return true;
    const SourceLocation Begin = Child->getBeginLoc();
    const SourceLocation End = Child->getEndLoc();
    return !(Begin.isValid() && Begin.isMacroID()) && !(End.isValid() && End.isMacroID()) &&
           hasNoMacroInside(Child);
  });
}

bool isEditableStmt(const Stmt *S) {
  return S != nullptr && isEditableRange(S->getSourceRange()) && hasNoMacroInside(S);
}

std::string sourceText(const Expr *E, const ASTContext &Context) {
  return Lexer::getSourceText(
             CharSourceRange::getTokenRange(E->getSourceRange()),
             Context.getSourceManager(), Context.getLangOpts())
      .str();
}

llvm::StringRef indentationOf(SourceLocation Location,
                              const SourceManager &Sources) {
  const auto [File, Offset] = Sources.getDecomposedLoc(Location);
  const llvm::StringRef Buffer = Sources.getBufferData(File);
  const size_t LineStart = Buffer.rfind('\n', Offset) + 1; // npos + 1 == 0
  const llvm::StringRef Line = Buffer.slice(LineStart, Offset);
  return Line.take_while([](char C) { return C == ' ' || C == '\t'; });
}

CharSourceRange wholeLineRange(SourceRange Range, const SourceManager &Sources,
                               const LangOptions &LangOpts) {
  const CharSourceRange Tokens = CharSourceRange::getTokenRange(Range);
  const SourceLocation End =
      Lexer::getLocForEndOfToken(Range.getEnd(), 0, Sources, LangOpts);
  if (End.isInvalid())
    return Tokens;
  const auto [File, BeginOffset] = Sources.getDecomposedLoc(Range.getBegin());
  const unsigned TrailingStart = Sources.getDecomposedLoc(End).second;
  const llvm::StringRef Buffer = Sources.getBufferData(File);
  const size_t LineStart = Buffer.rfind('\n', BeginOffset) + 1;
  const size_t LineEnd = Buffer.find('\n', TrailingStart);
  const auto IsBlank = [](llvm::StringRef Text) {
    return Text.find_first_not_of(" \t\r") == llvm::StringRef::npos;
  };
  if (LineStart == 0 || LineEnd == llvm::StringRef::npos ||
      !IsBlank(Buffer.slice(LineStart, BeginOffset)) ||
      !IsBlank(Buffer.slice(TrailingStart, LineEnd)))
    return Tokens;
  // From the end of the line before to the end of this one: a removal that
  // ends before the next line's indentation, which clang's fix-it merging
  // would otherwise shorten by one space.
  return CharSourceRange::getCharRange(
      Range.getBegin().getLocWithOffset(
          -static_cast<int>(BeginOffset - LineStart + 1)),
      End.getLocWithOffset(static_cast<int>(LineEnd - TrailingStart)));
}

std::string parenthesizedIf(bool Needed, llvm::StringRef Text) {
  return Needed ? ("(" + Text + ")").str() : Text.str();
}

} // namespace clang::tidy::allochunt
