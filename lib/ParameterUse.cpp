//===--- ParameterUse.cpp - is a function parameter actually read? --------===//

#include "lib/ParameterUse.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"

namespace clang::tidy::allochunt {

using namespace ast_matchers;

bool isParameterRead(const FunctionDecl &Function, const ParmVarDecl &Param,
                     ASTContext &Ctx) {
  const Stmt *Body = Function.getBody();
  if (Body == nullptr || Param.getName().empty() || !Param.isReferenced())
    return false;
  const auto Ref = declRefExpr(to(parmVarDecl(equalsNode(&Param))));
  const auto Discarded = expr(anyOf(
      explicitCastExpr(hasDestinationType(voidType()),
                       hasSourceExpression(ignoringParenImpCasts(Ref))),
      cxxOperatorCallExpr(
          hasOverloadedOperatorName("="),
          hasArgument(0, ignoringParenImpCasts(declRefExpr(
                             to(varDecl(hasName("::std::ignore")))))),
          hasArgument(1, ignoringParenImpCasts(Ref)))));
  // The parameter is read when some reference to it is not inside a discard.
  const auto References = match(findAll(Ref.bind("ref")), *Body, Ctx);
  const auto Discards = match(findAll(Discarded.bind("discard")), *Body, Ctx);
  return References.size() > Discards.size();
}

} // namespace clang::tidy::allochunt
