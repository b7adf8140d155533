//===--- Baseline.cpp - findings accepted as they are ---------------------===//

#include "report/Baseline.h"

#include "report/InputError.h"
#include "report/YamlDocuments.h"

#include <yaml-cpp/yaml.h>

#include <cctype>
#include <fstream>
#include <sstream>

namespace allochunt::report {

std::string normaliseWhitespace(std::string_view Text) {
  std::string Result;
  bool PendingSpace = false;
  for (const char C : Text) {
    if (std::isspace(static_cast<unsigned char>(C)) != 0) {
      PendingSpace = !Result.empty();
      continue;
    }
    if (PendingSpace)
      Result += ' ';
    PendingSpace = false;
    Result += C;
  }
  return Result;
}

Baseline::Key Baseline::keyOf(const Finding &F) {
  return {F.Check, F.DisplayPath, F.NormalisedText};
}

namespace {

// Reads the baseline schema, throwing InputError at the offending node.
class BaselineSchema {
public:
  BaselineSchema(const std::string &Name, unsigned FirstLine)
      : Name(Name), FirstLine(FirstLine) {}

  [[noreturn]] void fail(const YAML::Node &At, const std::string &Message) const {
    failAt(Name, FirstLine, At, Message);
  }

  YAML::Node required(const YAML::Node &Map, const char *Key) const {
    YAML::Node const Value = Map[Key];
    if (!Value.IsDefined())
      fail(Map, std::string("missing key '") + Key + "'");
    return Value;
  }

  std::string text(const YAML::Node &Map, const char *Key) const {
    const YAML::Node Value = required(Map, Key);
    if (Value.IsNull())
      return "";
    if (!Value.IsScalar())
      fail(Value, std::string("'") + Key + "' must be a string");
    return Value.Scalar();
  }

  std::size_t number(const YAML::Node &Value, const char *Key) const {
    const std::string Digits = Value.IsScalar() ? Value.Scalar() : "";
    if (Digits.empty() || Digits.size() > 9 ||
        Digits.find_first_not_of("0123456789") != std::string::npos)
      fail(Value, std::string("'") + Key + "' must be a non-negative integer");
    return std::stoul(Digits);
  }

private:
  const std::string &Name;
  unsigned FirstLine;
};

} // namespace

Baseline Baseline::parse(const std::string &Text, const std::string &Name) {
  Baseline Result;
  // Empty documents (before "---", after "...") do not count.
  const std::vector<YamlDocument> Documents = loadDocuments(Text, Name);
  const YamlDocument *Document = nullptr;
  for (const YamlDocument &Candidate : Documents) {
    if (Candidate.Root.IsNull())
      continue;
    if (Document != nullptr)
      throw InputError(Name, Candidate.FirstLine + 1, 1,
                       "a baseline is one YAML document; this is the second");
    Document = &Candidate;
  }
  const YAML::Node Empty;
  const BaselineSchema Schema(Name, Document != nullptr ? Document->FirstLine : 0);
  try {
    const YAML::Node &Root = Document != nullptr ? Document->Root : Empty;
    if (!Root.IsMap())
      Schema.fail(Root, "expected an allochunt-report baseline (a mapping "
                        "with 'Version' and 'Findings')");
    const std::size_t Version =
        Schema.number(Schema.required(Root, "Version"), "Version");
    if (Version > FormatVersion)
      Schema.fail(Root["Version"],
                  "baseline format version " + std::to_string(Version) +
                      " is newer than this allochunt-report reads (" +
                      std::to_string(FormatVersion) +
                      "); use a newer allochunt-report or rewrite the "
                      "baseline with --write-baseline");
    if (Version == 0)
      Schema.fail(Root["Version"], "baseline format version 0 does not exist");
    const YAML::Node Findings = Schema.required(Root, "Findings");
    if (Findings.IsNull())
      return Result;
    if (!Findings.IsSequence())
      Schema.fail(Findings, "'Findings' must be a list");
    for (const YAML::Node &Entry : Findings) {
      if (!Entry.IsMap())
        Schema.fail(Entry, "a baseline entry must be a mapping");
      const YAML::Node Count = Entry["Count"];
      Result.Counts[{Schema.text(Entry, "Check"), Schema.text(Entry, "File"),
                     Schema.text(Entry, "Text")}] +=
          Count.IsDefined() ? Schema.number(Count, "Count") : 1;
    }
  } catch (const YAML::Exception &E) {
    // Conversions the schema did not foresee.
    throw InputError(Name, "invalid YAML: " + E.msg);
  }
  return Result;
}

Baseline Baseline::read(const std::string &Path) {
  std::ifstream const Stream(Path, std::ios::binary);
  if (!Stream)
    throw InputError(Path, "cannot open the baseline");
  std::ostringstream Contents;
  Contents << Stream.rdbuf();
  return parse(Contents.str(), Path);
}

Baseline Baseline::fromFindings(const std::vector<Finding> &Findings) {
  Baseline Result;
  for (const Finding &F : Findings)
    ++Result.Counts[keyOf(F)];
  return Result;
}

void Baseline::write(std::ostream &Out) const {
  YAML::Emitter Yaml;
  Yaml << YAML::BeginMap << YAML::Key << "Version" << YAML::Value
       << FormatVersion << YAML::Key << "Findings" << YAML::Value
       << YAML::BeginSeq;
  for (const auto &[Key, Count] : Counts) {
    Yaml << YAML::BeginMap;
    Yaml << YAML::Key << "Check" << YAML::Value << std::get<0>(Key);
    Yaml << YAML::Key << "File" << YAML::Value << std::get<1>(Key);
    Yaml << YAML::Key << "Text" << YAML::Value << YAML::DoubleQuoted
         << std::get<2>(Key);
    if (Count != 1)
      Yaml << YAML::Key << "Count" << YAML::Value << Count;
    Yaml << YAML::EndMap;
  }
  Yaml << YAML::EndSeq << YAML::EndMap;
  Out << "# allochunt-report baseline: findings accepted as they are, keyed by "
         "check, file and\n# the flagged text. Regenerate with "
         "allochunt-report --write-baseline=FILE.\n"
      << Yaml.c_str() << "\n";
}

std::size_t Baseline::apply(std::vector<Finding> &Findings) const {
  std::map<Key, std::size_t> Remaining = Counts;
  std::size_t New = 0;
  for (Finding &F : Findings) {
    const auto Found = Remaining.find(keyOf(F));
    if (Found != Remaining.end() && Found->second > 0) {
      --Found->second;
      F.IsNew = false;
    } else {
      F.IsNew = true;
      ++New;
    }
  }
  return New;
}

std::size_t Baseline::size() const {
  std::size_t Total = 0;
  for (const auto &Entry : Counts)
    Total += Entry.second;
  return Total;
}

} // namespace allochunt::report
