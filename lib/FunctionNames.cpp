//===--- FunctionNames.cpp - names a new local variable must avoid --------===//

#include "lib/FunctionNames.h"

#include "clang/AST/RecursiveASTVisitor.h"

namespace clang::tidy::allochunt {

namespace {

class NameCollector : public RecursiveASTVisitor<NameCollector> {
public:
  explicit NameCollector(llvm::StringSet<> &Names) : Names(Names) {}

  static bool shouldVisitTemplateInstantiations() { return false; }
  static bool shouldVisitImplicitCode() { return false; }

  bool VisitNamedDecl(NamedDecl *D) {
    add(D->getDeclName());
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *E) {
    add(E->getDecl()->getDeclName());
    return true;
  }
  bool VisitMemberExpr(MemberExpr *E) {
    add(E->getMemberDecl()->getDeclName());
    return true;
  }
  bool VisitOverloadExpr(OverloadExpr *E) {
    add(E->getName());
    return true;
  }
  bool VisitDependentScopeDeclRefExpr(DependentScopeDeclRefExpr *E) {
    add(E->getDeclName());
    return true;
  }
  bool VisitCXXDependentScopeMemberExpr(CXXDependentScopeMemberExpr *E) {
    add(E->getMember());
    return true;
  }
  bool VisitTypedefTypeLoc(TypedefTypeLoc TL) {
    add(TL.getTypePtr()->getDecl()->getDeclName());
    return true;
  }
  bool VisitTagTypeLoc(TagTypeLoc TL) {
    add(TL.getDecl()->getDeclName());
    return true;
  }
  bool VisitTemplateSpecializationTypeLoc(TemplateSpecializationTypeLoc TL) {
    if (const TemplateDecl *Template =
            TL.getTypePtr()->getTemplateName().getAsTemplateDecl())
      add(Template->getDeclName());
    return true;
  }

private:
  void add(DeclarationName Name) {
    if (const IdentifierInfo *Identifier = Name.getAsIdentifierInfo())
      Names.insert(Identifier->getName());
  }

  llvm::StringSet<> &Names;
};

} // namespace

FunctionNames::FunctionNames(const FunctionDecl &Function) {
  NameCollector(Names).TraverseDecl(const_cast<FunctionDecl *>(&Function));
}

std::string FunctionNames::freshName(
    llvm::StringRef Base,
    llvm::function_ref<bool(llvm::StringRef)> IsTaken) const {
  for (unsigned Suffix = 1; Suffix <= 100; ++Suffix) {
    std::string Candidate = Base.str();
    if (Suffix > 1)
      Candidate += std::to_string(Suffix);
    if (!contains(Candidate) && !IsTaken(Candidate))
      return Candidate;
  }
  return "";
}

} // namespace clang::tidy::allochunt
