//===--- ConstructionCost.cpp - what building a standard object allocates =//

#include "lib/ConstructionCost.h"

#include "lib/StringTypes.h"

#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::allochunt {

AllocationShape allocationShapeOf(const CXXRecordDecl &Class) {
  const CXXRecordDecl *Pattern = &Class;
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(&Class))
    Pattern = Spec->getSpecializedTemplate()->getTemplatedDecl();
  const bool InStd = Pattern->isInStdNamespace();
  const llvm::StringRef Name =
      Pattern->getIdentifier() != nullptr ? Pattern->getName() : "";
  if (Name == "basic_regex")
    return AllocationShape::Regex; // std:: and boost::
  if (!InStd)
    return AllocationShape::Other;
  if (Name == "locale")
    return AllocationShape::Locale;
  if (Name == "basic_string")
    return AllocationShape::String;
  if (Name == "array")
    return AllocationShape::Array;
  if (Name == "vector")
    return AllocationShape::Buffer;
  if (Name == "deque")
    return AllocationShape::Blocks;
  if (llvm::is_contained(
          {"list", "forward_list", "set", "multiset", "map", "multimap"}, Name))
    return AllocationShape::Nodes;
  if (Name.starts_with("unordered_"))
    return AllocationShape::Hashed;
  return AllocationShape::Other;
}

static std::string plural(unsigned Count, llvm::StringRef Noun) {
  return std::to_string(Count) + " " + Noun.str() + (Count == 1 ? "" : "s");
}

// "a 40", "an 80", "an 11", "an 18000".
static std::string withArticle(uint64_t Number) {
  const std::string Digits = std::to_string(Number);
  const size_t Lead = Digits.size() % 3 == 0 ? 3 : Digits.size() % 3;
  const StringRef Leading = StringRef(Digits).take_front(Lead);
  const bool Vowel =
      Leading.starts_with("8") || Leading == "11" || Leading == "18";
  return (Vowel ? "an " : "a ") + Digits;
}

// How a user would spell a standard string type: "std::string", ...
static std::string stringSpelling(QualType T) {
  const std::string View = stringViewSpelling(T);
  if (!View.empty())
    return llvm::StringRef(View).drop_back(5).str(); // "std::string_view"
  return "std::basic_string";
}

QualType firstTypeArgument(const CXXRecordDecl &Class) {
  const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(&Class);
  if (Spec == nullptr || Spec->getTemplateArgs().size() == 0 ||
      Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
    return {};
  return Spec->getTemplateArgs()[0].getAsType();
}

// "a", "a and b", "a, b and c".
static std::string listOf(llvm::ArrayRef<std::string> Parts) {
  std::string Text;
  for (size_t I = 0; I < Parts.size(); ++I) {
    if (I > 0)
      Text += I + 1 == Parts.size() ? " and " : ", ";
    Text += Parts[I];
  }
  return Text;
}

std::string describeConstructionCost(const CXXRecordDecl &Class,
                                     const InitializerContents &Contents) {
  const AllocationShape Kind = allocationShapeOf(Class);
  switch (Kind) {
  case AllocationShape::Regex:
    return "the pattern compiled";
  case AllocationShape::Locale:
    return "the named locale looked up and built";
  case AllocationShape::String:
    return withArticle(Contents.StringLength.value_or(0)) +
           "-character string allocated";
  default:
    break;
  }
  llvm::SmallVector<std::string, 3> Parts;
  const std::string Nodes = Contents.ListedElements
                                ? plural(*Contents.ListedElements, "node")
                                : std::string("its nodes");
  switch (Kind) {
  case AllocationShape::Buffer:
    Parts.push_back("its buffer");
    break;
  case AllocationShape::Blocks:
    Parts.push_back("its blocks");
    break;
  case AllocationShape::Nodes:
    Parts.push_back(Nodes);
    break;
  case AllocationShape::Hashed:
    Parts.push_back(Nodes);
    Parts.push_back("a bucket array");
    break;
  case AllocationShape::Other:
    Parts.push_back("its contents");
    break;
  default:
    break;
  }
  if (Contents.AllocatingStrings > 0) {
    // Strings that are the elements themselves are named as such.
    const QualType Element = firstTypeArgument(Class);
    const bool Sequence = Kind == AllocationShape::Buffer ||
                          Kind == AllocationShape::Blocks ||
                          Kind == AllocationShape::Array;
    Parts.push_back(Sequence && !Element.isNull() && isOwningStringType(Element)
                        ? plural(Contents.AllocatingStrings,
                                 "'" + stringSpelling(Element) + "' element")
                        : plural(Contents.AllocatingStrings, "string"));
  }
  return listOf(Parts) + " allocated";
}

} // namespace clang::tidy::allochunt
