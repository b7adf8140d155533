//===--- Compat.cpp - differences between the supported LLVM versions ----===//

#include "lib/Compat.h"

namespace clang::tidy::allochunt::compat {

QualType stripElaborated(QualType T) {
#if LLVM_VERSION_MAJOR < 22
  while (const auto *Elaborated = dyn_cast<ElaboratedType>(T.getTypePtr()))
    T = QualType(Elaborated->getNamedType().getTypePtr(),
                 T.getLocalFastQualifiers() |
                     Elaborated->getNamedType().getLocalFastQualifiers());
#endif
  return T;
}

TypeLoc stripElaborated(TypeLoc TL) {
#if LLVM_VERSION_MAJOR < 22
  while (auto Elaborated = TL.getAs<ElaboratedTypeLoc>())
    TL = Elaborated.getNamedTypeLoc();
#endif
  return TL;
}

} // namespace clang::tidy::allochunt::compat
