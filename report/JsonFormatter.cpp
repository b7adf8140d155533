//===--- JsonFormatter.cpp - the findings as data -------------------------===//
//
// One JSON object: the tool and format version, the totals, and every finding
// (baselined ones too, with "new": false) with its resolved position, notes,
// fix replacements, documentation link and fingerprint. With an allocation
// profile, the findings come ranked by it, each with its allocations, bytes
// and share, and "allocation_profile" holds the profile's totals. Offsets are bytes,
// columns are 1-based byte columns as clang prints them; a position that could
// not be resolved has line and column 0.
//
//===----------------------------------------------------------------------===//

#include "report/Fingerprint.h"
#include "report/Formatter.h"
#include "report/JsonWriter.h"
#include "report/Summary.h"

namespace allochunt::report {

/// Bumped when a field changes meaning or disappears (not when one is added).
static constexpr unsigned JsonFormatVersion = 1;

static void writePosition(JsonWriter &Json, const std::string &DisplayPath,
                          const SourcePosition &At) {
  Json.member("file", DisplayPath);
  Json.member("line", At.Line);
  Json.member("column", At.Column);
  Json.member("offset", At.Offset);
}

static void writeReplacements(JsonWriter &Json, ReportContext &Report,
                              const std::vector<Replacement> &Replacements) {
  Json.beginArray();
  for (const Replacement &R : Replacements) {
    SourcePosition At{R.FilePath, R.Offset};
    Report.Sources.resolve(At);
    Json.beginObject();
    writePosition(Json, R.DisplayPath, At);
    Json.member("length", R.Length);
    Json.member("replacement", R.Text);
    Json.endObject();
  }
  Json.endArray();
}

// The profile's totals; the findings carry their own figures.
static void writeProfile(JsonWriter &Json, const ProfileAttribution &Profile) {
  Json.key("allocation_profile");
  Json.beginObject();
  Json.member("file", Profile.File);
  Json.member("total_allocations", Profile.TotalAllocations);
  Json.member("total_bytes", Profile.TotalBytes);
  Json.member("attributed_allocations", Profile.AttributedAllocations);
  Json.member("attributed_share", Profile.AttributedShare);
  Json.endObject();
}

void writeJson(ReportContext &Report, std::ostream &Out) {
  const Summary Totals = summarise(Report.Findings);
  const std::vector<std::string> Fingerprints = fingerprints(Report.Findings);
  JsonWriter Json(Out);
  Json.beginObject();
  Json.member("formatVersion", JsonFormatVersion);
  Json.key("tool");
  Json.beginObject();
  Json.member("name", "allochunt-report");
  Json.member("version", Report.ToolVersion);
  Json.endObject();
  Json.member("sourceRoot", Report.SourceRoot);
  Json.key("summary");
  Json.beginObject();
  Json.member("findings", Totals.Findings);
  Json.member("new", Totals.New);
  Json.member("files", Totals.Files);
  Json.member("baseline", Report.HasBaseline);
  Json.endObject();
  if (Report.Profile != nullptr)
    writeProfile(Json, *Report.Profile);
  Json.key("findings");
  Json.beginArray();
  for (const std::size_t I : findingOrder(Report)) {
    const Finding &F = Report.Findings[I];
    Json.beginObject();
    Json.member("check", F.Check);
    Json.member("level", levelName(F.Level));
    Json.member("message", F.Message);
    writePosition(Json, F.DisplayPath, F.Position);
    Json.member("path", F.Position.FilePath);
    Json.member("new", F.IsNew);
    if (Report.Profile != nullptr) {
      const FindingCost &Cost = Report.Profile->Costs[I];
      Json.member("allocations", Cost.Allocations);
      Json.member("bytes", Cost.Bytes);
      Json.member("share", Cost.Share);
    }
    Json.member("fingerprint", Fingerprints[I]);
    Json.member("flaggedText", F.NormalisedText);
    Json.member("helpUri", Report.Docs.helpUri(F.Check));
    Json.key("notes");
    Json.beginArray();
    for (const Note &N : F.Notes) {
      Json.beginObject();
      Json.member("message", N.Message);
      writePosition(Json, N.DisplayPath, N.Position);
      Json.key("fix");
      writeReplacements(Json, Report, N.Replacements);
      Json.endObject();
    }
    Json.endArray();
    Json.key("fix");
    writeReplacements(Json, Report, F.Replacements);
    Json.endObject();
  }
  Json.endArray();
  Json.endObject();
}

} // namespace allochunt::report
