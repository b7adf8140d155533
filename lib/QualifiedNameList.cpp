//===--- QualifiedNameList.cpp - option values that list qualified names --===//

#include "lib/QualifiedNameList.h"

#include "clang/Basic/CharInfo.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::allochunt {

static bool isQualifiedIdentifier(llvm::StringRef Name) {
  Name.consume_front("::");
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Name.split(Parts, "::");
  return llvm::all_of(Parts, [](llvm::StringRef Part) {
    return !Part.empty() && isAsciiIdentifierStart(Part.front()) &&
           llvm::all_of(Part, [](char C) { return isAsciiIdentifierContinue(C); });
  });
}

std::vector<llvm::StringRef> parseQualifiedNames(llvm::StringRef Option,
                                                 llvm::StringRef &Invalid) {
  Invalid = llvm::StringRef();
  std::vector<llvm::StringRef> Names;
  while (!Option.empty()) {
    const size_t End = std::min(Option.find_first_of(";,"), Option.size());
    const llvm::StringRef Entry = Option.take_front(End).trim();
    Option = Option.drop_front(std::min(End + 1, Option.size()));
    if (Entry.empty())
      continue;
    if (isQualifiedIdentifier(Entry))
      Names.push_back(Entry);
    else if (Invalid.empty())
      Invalid = Entry;
  }
  return Names;
}

} // namespace clang::tidy::allochunt
