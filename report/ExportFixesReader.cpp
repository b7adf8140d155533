//===--- ExportFixesReader.cpp - clang-tidy --export-fixes YAML -----------===//

#include "report/ExportFixesReader.h"

#include "report/InputError.h"
#include "report/InputFiles.h"
#include "report/YamlDocuments.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace allochunt::report {

namespace {

/// Walks the YAML tree of one file, turning every schema problem into an
/// InputError at the offending node (or at its parent when a key is missing).
class ExportFixesSchema : public YamlSchema {
public:
  explicit ExportFixesSchema(const std::string &Name) : YamlSchema(Name, 0) {}

  void readDocument(const YAML::Node &Document, unsigned DocumentLine,
                    std::vector<Finding> &Out) {
    startDocument(DocumentLine);
    if (Document.IsNull())
      return;
    if (!Document.IsMap())
      fail(Document, "expected a mapping with 'Diagnostics' (is this a "
                     "clang-tidy --export-fixes file?)");
    const YAML::Node Diagnostics = required(Document, "Diagnostics");
    if (Diagnostics.IsNull())
      return;
    if (!Diagnostics.IsSequence())
      fail(Diagnostics, "'Diagnostics' must be a list");
    for (const YAML::Node &Diagnostic : Diagnostics)
      Out.push_back(readDiagnostic(Diagnostic));
  }

private:
  std::string requiredText(const YAML::Node &Map, const char *Key) const {
    return text(required(Map, Key), Key);
  }

  std::string optionalText(const YAML::Node &Map, const char *Key,
                           const std::string &Default) const {
    const YAML::Node Value = Map[Key];
    return Value.IsDefined() ? text(Value, Key) : Default;
  }

  std::uint64_t requiredNumber(const YAML::Node &Map, const char *Key) const {
    return number(required(Map, Key), Key, 19);
  }

  YAML::Node optionalList(const YAML::Node &Map, const char *Key) const {
    YAML::Node const Value = Map[Key];
    if (Value.IsDefined() && !Value.IsNull() && !Value.IsSequence())
      fail(Value, std::string("'") + Key + "' must be a list");
    return Value;
  }

  void requireMap(const YAML::Node &Value, const char *What) const {
    if (!Value.IsMap())
      fail(Value, std::string(What) + " must be a mapping");
  }

  std::string resolve(const std::string &Path) const {
    if (Path.empty() || BuildDirectory.empty())
      return Path;
    const std::filesystem::path File(Path);
    if (File.is_absolute())
      return Path;
    return (std::filesystem::path(BuildDirectory) / File)
        .lexically_normal()
        .string();
  }

  std::vector<Replacement> readReplacements(const YAML::Node &Map) const {
    std::vector<Replacement> Result;
    const YAML::Node List = optionalList(Map, "Replacements");
    if (!List.IsDefined() || List.IsNull())
      return Result;
    for (const YAML::Node &Item : List) {
      requireMap(Item, "a replacement");
      Replacement R;
      R.FilePath = resolve(requiredText(Item, "FilePath"));
      R.Offset = requiredNumber(Item, "Offset");
      R.Length = requiredNumber(Item, "Length");
      R.Text = requiredText(Item, "ReplacementText");
      Result.push_back(std::move(R));
    }
    return Result;
  }

  SourcePosition readPosition(const YAML::Node &Map) const {
    SourcePosition Position;
    Position.FilePath = resolve(requiredText(Map, "FilePath"));
    Position.Offset = requiredNumber(Map, "FileOffset");
    return Position;
  }

  // The length of the first range that starts where the diagnostic does.
  std::uint64_t readRangeLength(const YAML::Node &Message,
                                const SourcePosition &At) const {
    const YAML::Node Ranges = optionalList(Message, "Ranges");
    if (!Ranges.IsDefined() || Ranges.IsNull())
      return 0;
    for (const YAML::Node &Range : Ranges) {
      requireMap(Range, "a range");
      const SourcePosition Start = readPosition(Range);
      const std::uint64_t Length = requiredNumber(Range, "Length");
      if (Start.FilePath == At.FilePath && Start.Offset == At.Offset)
        return Length;
    }
    return 0;
  }

  Finding readDiagnostic(const YAML::Node &Diagnostic) {
    requireMap(Diagnostic, "a diagnostic");
    BuildDirectory = optionalText(Diagnostic, "BuildDirectory", "");
    Finding F;
    F.Check = requiredText(Diagnostic, "DiagnosticName");
    if (F.Check.empty())
      fail(Diagnostic["DiagnosticName"], "'DiagnosticName' is empty");
    const YAML::Node Message = required(Diagnostic, "DiagnosticMessage");
    requireMap(Message, "'DiagnosticMessage'");
    F.Message = requiredText(Message, "Message");
    F.Position = readPosition(Message);
    F.RangeLength = readRangeLength(Message, F.Position);
    F.Replacements = readReplacements(Message);
    F.Level = optionalText(Diagnostic, "Level", "Warning");
    const YAML::Node Notes = optionalList(Diagnostic, "Notes");
    if (Notes.IsDefined() && !Notes.IsNull()) {
      for (const YAML::Node &Item : Notes) {
        requireMap(Item, "a note");
        Note N;
        N.Message = requiredText(Item, "Message");
        N.Position = readPosition(Item);
        N.Replacements = readReplacements(Item);
        F.Notes.push_back(std::move(N));
      }
    }
    return F;
  }

  std::string BuildDirectory;
};

// A file cut off mid-line still parses as YAML more often than not (a number
// loses digits, a string its end); every YAML writer ends with a newline.
void rejectTruncated(const std::string &Text, const std::string &Name) {
  if (Text.empty() || Text.back() == '\n')
    return;
  const std::size_t LastNewline = Text.rfind('\n');
  const auto Line = static_cast<unsigned>(
      std::count(Text.begin(), Text.end(), '\n') + 1);
  const std::size_t LineStart =
      LastNewline == std::string::npos ? 0 : LastNewline + 1;
  throw InputError(Name, Line, static_cast<unsigned>(Text.size() - LineStart) + 1,
                   "the file ends in the middle of a line; it looks truncated");
}

} // namespace

std::vector<Finding> parseExportFixes(const std::string &Text,
                                      const std::string &Name) {
  rejectTruncated(Text, Name);
  std::vector<Finding> Findings;
  ExportFixesSchema Schema(Name);
  for (const YamlDocument &Document : loadDocuments(Text, Name)) {
    try {
      Schema.readDocument(Document.Root, Document.FirstLine, Findings);
    } catch (const YAML::Exception &E) {
      // Conversions the schema did not foresee.
      throw InputError(Name, "invalid YAML: " + E.msg);
    }
  }
  return Findings;
}

std::vector<Finding> readExportFixes(const std::string &Path) {
  return parseExportFixes(readInputFile(Path), Path);
}

} // namespace allochunt::report
