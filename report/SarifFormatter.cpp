//===--- SarifFormatter.cpp - SARIF 2.1.0 for GitHub code scanning --------===//
//
// One run whose driver lists a rule per check seen (its summary, its doc page
// as help, its helpUri) and one result per finding: level, message, location
// relative to %SRCROOT% (the source root, given in originalUriBaseIds),
// notes as related locations, the fix as replacements, a partial fingerprint
// and, with a baseline, baselineState and an external suppression for the
// findings the baseline accepts. With an allocation profile, results come
// ranked by it, each with `rank` (its share of the run's allocations, 0..100)
// and the allocations, bytes and share in its `properties`. Columns are UTF-16 code units, SARIF's
// default; a position whose source was unreadable uses byte offsets instead.
//
//===----------------------------------------------------------------------===//

#include "report/Fingerprint.h"
#include "report/Formatter.h"
#include "report/JsonWriter.h"

#include <map>
#include <string_view>

namespace allochunt::report {

namespace {

// Percent-encodes a path for a URI, keeping '/' and unreserved characters.
std::string encodePath(const std::string &Path) {
  static constexpr std::string_view Hex = "0123456789ABCDEF";
  std::string Result;
  for (const char C : Path) {
    const auto Byte = static_cast<unsigned char>(C);
    if ((Byte >= 'a' && Byte <= 'z') || (Byte >= 'A' && Byte <= 'Z') ||
        (Byte >= '0' && Byte <= '9') || C == '-' || C == '.' || C == '_' ||
        C == '~' || C == '/') {
      Result += C;
    } else {
      Result += '%';
      Result += Hex[Byte >> 4U];
      Result += Hex[Byte & 0xFU];
    }
  }
  return Result;
}

const char *sarifLevel(const Finding &F) {
  const std::string Level = levelName(F.Level);
  if (Level == "error")
    return "error";
  return Level == "warning" ? "warning" : "note";
}

class SarifWriter {
public:
  SarifWriter(ReportContext &Report, std::ostream &Out)
      : Report(Report), Json(Out) {}

  void write() {
    for (const Finding &F : Report.Findings)
      if (RuleIndex.emplace(F.Check, RuleIndex.size()).second)
        Rules.push_back(F.Check);
    Json.beginObject();
    Json.member("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    Json.member("version", "2.1.0");
    Json.key("runs");
    Json.beginArray();
    Json.beginObject();
    writeTool();
    Json.key("originalUriBaseIds");
    Json.beginObject();
    Json.key("%SRCROOT%");
    Json.beginObject();
    const std::string &Root = Report.SourceRoot;
    Json.member("uri", "file://" + encodePath(Root) +
                           (!Root.empty() && Root.back() == '/' ? "" : "/"));
    Json.endObject();
    Json.endObject();
    Json.member("columnKind", "utf16CodeUnits");
    writeResults();
    Json.endObject();
    Json.endArray();
    Json.endObject();
  }

private:
  void writeTool() {
    Json.key("tool");
    Json.beginObject();
    Json.key("driver");
    Json.beginObject();
    Json.member("name", "AllocHunt");
    Json.member("version", Report.ToolVersion);
    Json.member("semanticVersion", Report.ToolVersion);
    Json.key("rules");
    Json.beginArray();
    for (const std::string &Check : Rules)
      writeRule(Check);
    Json.endArray();
    Json.endObject();
    Json.endObject();
  }

  void writeRule(const std::string &Check) {
    const std::string Summary = Report.Docs.summary(Check);
    const std::string Uri = Report.Docs.helpUri(Check);
    const std::string Page = Report.Docs.page(Check);
    Json.beginObject();
    Json.member("id", Check);
    Json.member("name", Check);
    Json.key("shortDescription");
    Json.beginObject();
    Json.member("text", Summary.empty() ? Check : Summary);
    Json.endObject();
    if (!Uri.empty())
      Json.member("helpUri", Uri);
    if (!Page.empty()) {
      Json.key("help");
      Json.beginObject();
      Json.member("text", Page);
      Json.member("markdown", Page);
      Json.endObject();
    }
    Json.key("defaultConfiguration");
    Json.beginObject();
    Json.member("level", "warning");
    Json.endObject();
    Json.key("properties");
    Json.beginObject();
    Json.key("tags");
    Json.beginArray();
    Json.value(Check.substr(0, Check.find('-')));
    Json.endArray();
    Json.endObject();
    Json.endObject();
  }

  void writeArtifact(const std::string &DisplayPath) {
    Json.key("artifactLocation");
    Json.beginObject();
    if (!DisplayPath.empty() && DisplayPath.front() == '/') {
      Json.member("uri", "file://" + encodePath(DisplayPath));
    } else {
      Json.member("uri", encodePath(DisplayPath));
      Json.member("uriBaseId", "%SRCROOT%");
    }
    Json.endObject();
  }

  // A region from a byte range of a file.
  void writeRegion(const char *Name, const std::string &Path,
                   std::uint64_t Offset, std::uint64_t Length) {
    const auto [Line, Column] = Report.Sources.lineAndColumn(Path, Offset);
    const auto [EndLine, EndColumn] =
        Report.Sources.lineAndColumn(Path, Offset + Length);
    Json.key(Name);
    Json.beginObject();
    if (Line == 0 || EndLine == 0) {
      Json.member("byteOffset", Offset);
      Json.member("byteLength", Length);
    } else {
      Json.member("startLine", Line);
      Json.member("startColumn", utf16(Path, Line, Column));
      Json.member("endLine", EndLine);
      Json.member("endColumn", utf16(Path, EndLine, EndColumn));
    }
    Json.endObject();
  }

  unsigned utf16(const std::string &Path, unsigned Line, unsigned Column) {
    const std::vector<std::string> Text = Report.Sources.lines(Path, Line, Line);
    return Text.empty() ? Column : utf16Column(Text.front(), Column);
  }

  void writeLocation(const std::string &DisplayPath, const SourcePosition &At,
                     std::uint64_t Length) {
    Json.key("physicalLocation");
    Json.beginObject();
    writeArtifact(DisplayPath);
    if (At.hasFile())
      writeRegion("region", At.FilePath, At.Offset, Length);
    Json.endObject();
  }

  void writeFix(const Finding &F) {
    std::map<std::string, std::vector<const Replacement *>> ByFile;
    std::vector<const Replacement *> Order; // The first edit of each file.
    for (const Replacement &R : F.Replacements) {
      if (ByFile.count(R.FilePath) == 0)
        Order.push_back(&R);
      ByFile[R.FilePath].push_back(&R);
    }
    Json.key("fixes");
    Json.beginArray();
    Json.beginObject();
    Json.key("description");
    Json.beginObject();
    Json.member("text", "apply the fix-it of " + F.Check);
    Json.endObject();
    Json.key("artifactChanges");
    Json.beginArray();
    for (const Replacement *First : Order) {
      Json.beginObject();
      writeArtifact(First->DisplayPath);
      Json.key("replacements");
      Json.beginArray();
      for (const Replacement *R : ByFile[First->FilePath]) {
        Json.beginObject();
        writeRegion("deletedRegion", R->FilePath, R->Offset, R->Length);
        Json.key("insertedContent");
        Json.beginObject();
        Json.member("text", R->Text);
        Json.endObject();
        Json.endObject();
      }
      Json.endArray();
      Json.endObject();
    }
    Json.endArray();
    Json.endObject();
    Json.endArray();
  }

  void writeResult(const Finding &F, const std::string &Fingerprint, std::size_t Index) {
    Json.beginObject();
    Json.member("ruleId", F.Check);
    Json.member("ruleIndex", static_cast<std::uint64_t>(RuleIndex[F.Check]));
    Json.member("level", sarifLevel(F));
    Json.key("message");
    Json.beginObject();
    Json.member("text", F.Message);
    Json.endObject();
    Json.key("locations");
    Json.beginArray();
    Json.beginObject();
    writeLocation(F.DisplayPath, F.Position, F.RangeLength);
    Json.endObject();
    Json.endArray();
    if (!F.Notes.empty()) {
      Json.key("relatedLocations");
      Json.beginArray();
      for (std::size_t I = 0; I < F.Notes.size(); ++I) {
        const Note &N = F.Notes[I];
        Json.beginObject();
        Json.member("id", static_cast<std::uint64_t>(I));
        Json.key("message");
        Json.beginObject();
        Json.member("text", N.Message);
        Json.endObject();
        writeLocation(N.DisplayPath, N.Position, 0);
        Json.endObject();
      }
      Json.endArray();
    }
    if (Report.Profile != nullptr) {
      const FindingCost &Cost = Report.Profile->Costs[Index];
      Json.member("rank", Cost.Share * 100);
      Json.key("properties");
      Json.beginObject();
      Json.member("allocations", Cost.Allocations);
      Json.member("bytes", Cost.Bytes);
      Json.member("share", Cost.Share);
      Json.endObject();
    }
    Json.key("partialFingerprints");
    Json.beginObject();
    Json.member("allochuntFingerprint/v1", Fingerprint);
    Json.endObject();
    if (!F.Replacements.empty())
      writeFix(F);
    if (Report.HasBaseline) {
      Json.member("baselineState", F.IsNew ? "new" : "unchanged");
      if (!F.IsNew) {
        Json.key("suppressions");
        Json.beginArray();
        Json.beginObject();
        Json.member("kind", "external");
        Json.member("justification", "accepted in the allochunt-report baseline");
        Json.endObject();
        Json.endArray();
      }
    }
    Json.endObject();
  }

  void writeResults() {
    const std::vector<std::string> Fingerprints = fingerprints(Report.Findings);
    Json.key("results");
    Json.beginArray();
    for (const std::size_t I : findingOrder(Report))
      writeResult(Report.Findings[I], Fingerprints[I], I);
    Json.endArray();
  }

  ReportContext &Report;
  JsonWriter Json;
  std::vector<std::string> Rules;
  std::map<std::string, std::size_t> RuleIndex;
};

} // namespace

void writeSarif(ReportContext &Report, std::ostream &Out) {
  SarifWriter(Report, Out).write();
}

} // namespace allochunt::report
