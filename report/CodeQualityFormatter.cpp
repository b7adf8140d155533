//===--- CodeQualityFormatter.cpp - GitLab Code Quality -------------------===//
//
// The JSON array GitLab reads from a `codequality` report artifact: one issue
// per finding with its description, check name, a stable fingerprint (so
// merge requests show what is new against the target branch), a severity and
// the path and line. Findings without a file cannot be shown there and are
// left out. With an allocation profile each description ends with the
// finding's figures.
//
//===----------------------------------------------------------------------===//

#include "report/Fingerprint.h"
#include "report/Formatter.h"
#include "report/JsonWriter.h"

namespace allochunt::report {

static const char *severity(const Finding &F) {
  const std::string Level = levelName(F.Level);
  if (Level == "error")
    return "major";
  return Level == "warning" ? "minor" : "info";
}

// The allochunt checks whose findings are undefined behaviour or a broken
// contract rather than a cost.
static bool isBugRisk(const std::string &Check) {
  return Check == "allochunt-unchecked-float-to-int" ||
         Check == "allochunt-memory-resource-contract" ||
         Check == "allochunt-global-allocator-contract" ||
         Check == "allochunt-mismatched-allocator-family";
}

// Code Quality's categories, from the check's module.
static const char *category(const std::string &Check) {
  if (isBugRisk(Check))
    return "Bug Risk";
  const std::string Module = Check.substr(0, Check.find('-'));
  if (Module == "allochunt" || Module == "performance")
    return "Performance";
  if (Module == "bugprone" || Module == "cert" || Module == "clang" ||
      Module == "concurrency")
    return "Bug Risk";
  if (Module == "readability" || Module == "modernize" || Module == "llvm" ||
      Module == "google")
    return "Style";
  return "Clarity";
}

void writeCodeQuality(ReportContext &Report, std::ostream &Out) {
  const std::vector<std::string> Fingerprints = fingerprints(Report.Findings);
  JsonWriter Json(Out);
  Json.beginArray();
  for (const std::size_t I : findingOrder(Report)) {
    const Finding &F = Report.Findings[I];
    if (F.DisplayPath.empty())
      continue;
    Json.beginObject();
    Json.member("type", "issue");
    Json.member("description",
                Report.Profile == nullptr
                    ? F.Message
                    : F.Message + " (" + costText(*Report.Profile, I) + ")");
    Json.member("check_name", F.Check);
    Json.member("fingerprint", Fingerprints[I]);
    Json.member("severity", severity(F));
    Json.key("categories");
    Json.beginArray();
    Json.value(category(F.Check));
    Json.endArray();
    Json.key("location");
    Json.beginObject();
    Json.member("path", F.DisplayPath);
    Json.key("lines");
    Json.beginObject();
    Json.member("begin", F.Position.isResolved() ? F.Position.Line : 1U);
    Json.endObject();
    Json.endObject();
    Json.endObject();
  }
  Json.endArray();
}

} // namespace allochunt::report
