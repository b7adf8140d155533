//===--- FunctionNameList.cpp - options that list function names ----------===//

#include "lib/FunctionNameList.h"

#include "llvm/ADT/StringExtras.h"

namespace clang::tidy::allochunt {

static bool isIdentifier(llvm::StringRef Text) {
  return !Text.empty() && !llvm::isDigit(Text.front()) &&
         llvm::all_of(Text, [](char C) { return llvm::isAlnum(C) || C == '_'; });
}

bool isFunctionName(llvm::StringRef Name) {
  Name.consume_front("::");
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Name.split(Parts, "::");
  return llvm::all_of(Parts, isIdentifier);
}

std::vector<std::string>
parseFunctionNameList(llvm::StringRef List,
                      llvm::SmallVectorImpl<std::string> &Invalid) {
  llvm::SmallVector<llvm::StringRef, 8> Entries;
  List.split(Entries, ';');
  std::vector<std::string> Names;
  for (llvm::StringRef Entry : Entries) {
    Entry = Entry.trim();
    if (Entry.empty())
      continue;
    if (isFunctionName(Entry))
      Names.push_back(Entry.str());
    else
      Invalid.push_back(Entry.str());
  }
  return Names;
}

std::string serializeFunctionNameList(const std::vector<std::string> &Names) {
  return llvm::join(Names, ";");
}

std::vector<FunctionNamePair>
parseFunctionNamePairs(llvm::StringRef List,
                       llvm::SmallVectorImpl<std::string> &Invalid) {
  llvm::SmallVector<llvm::StringRef, 8> Entries;
  List.split(Entries, ';');
  std::vector<FunctionNamePair> Pairs;
  for (llvm::StringRef Entry : Entries) {
    Entry = Entry.trim();
    if (Entry.empty())
      continue;
    const auto [From, To] = Entry.split('=');
    if (isFunctionName(From.trim()) && isFunctionName(To.trim()))
      Pairs.push_back({From.trim().str(), To.trim().str()});
    else
      Invalid.push_back(Entry.str());
  }
  return Pairs;
}

std::string serializeFunctionNamePairs(const std::vector<FunctionNamePair> &Pairs) {
  std::string List;
  for (const FunctionNamePair &Pair : Pairs) {
    if (!List.empty())
      List += ";";
    List += Pair.From + "=" + Pair.To;
  }
  return List;
}

} // namespace clang::tidy::allochunt
