//===--- QualifiedNameList.cpp - option values that list qualified names --===//

#include "lib/QualifiedNameList.h"

#include "clang/Basic/CharInfo.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

namespace clang::tidy::allochunt {

static bool isIdentifier(llvm::StringRef Part) {
  return !Part.empty() && isAsciiIdentifierStart(Part.front()) &&
         llvm::all_of(Part, [](char C) { return isAsciiIdentifierContinue(C); });
}

bool isQualifiedName(llvm::StringRef Name) {
  Name.consume_front("::");
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Name.split(Parts, "::");
  return llvm::all_of(Parts, isIdentifier);
}

// The non-empty, trimmed entries of a `;`- or `,`-separated list.
static llvm::SmallVector<llvm::StringRef, 8> entriesOf(llvm::StringRef List) {
  llvm::SmallVector<llvm::StringRef, 8> Entries;
  while (!List.empty()) {
    const size_t End = std::min(List.find_first_of(";,"), List.size());
    const llvm::StringRef Entry = List.take_front(End).trim();
    List = List.drop_front(std::min(End + 1, List.size()));
    if (!Entry.empty())
      Entries.push_back(Entry);
  }
  return Entries;
}

std::vector<std::string> parseQualifiedNameList(llvm::StringRef List,
                                                llvm::SmallVectorImpl<std::string> &Invalid) {
  std::vector<std::string> Names;
  for (const llvm::StringRef Entry : entriesOf(List)) {
    if (isQualifiedName(Entry))
      Names.push_back(Entry.str());
    else
      Invalid.push_back(Entry.str());
  }
  return Names;
}

std::string serializeQualifiedNameList(const std::vector<std::string> &Names) {
  return llvm::join(Names, ";");
}

std::vector<QualifiedNamePair>
parseQualifiedNamePairs(llvm::StringRef List, llvm::SmallVectorImpl<std::string> &Invalid) {
  std::vector<QualifiedNamePair> Pairs;
  for (const llvm::StringRef Entry : entriesOf(List)) {
    const auto [From, To] = Entry.split('=');
    if (isQualifiedName(From.trim()) && isQualifiedName(To.trim()))
      Pairs.push_back({From.trim().str(), To.trim().str()});
    else
      Invalid.push_back(Entry.str());
  }
  return Pairs;
}

std::string serializeQualifiedNamePairs(const std::vector<QualifiedNamePair> &Pairs) {
  std::string List;
  for (const QualifiedNamePair &Pair : Pairs) {
    if (!List.empty())
      List += ";";
    List += Pair.From + "=" + Pair.To;
  }
  return List;
}

} // namespace clang::tidy::allochunt
