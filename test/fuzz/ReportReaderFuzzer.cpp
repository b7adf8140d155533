//===--- ReportReaderFuzzer.cpp - libFuzzer target for allochunt-report ---===//
//
// Feeds arbitrary bytes to every reader of allochunt-report (the export-fixes
// reader, the baseline reader and the allocation profile reader, DHAT JSON or
// text); whatever parses is merged and written in every format, a profile
// joined with findings at its own frames' lines. Bad input must end in an InputError: any other
// exception, a crash, a sanitizer report or a hang is a bug. Paths from the
// input are moved under a directory that does not exist, so the run never
// reads real files. Built and run by scripts/fuzz-report.sh.
//
//===----------------------------------------------------------------------===//

#include "report/AllocationProfile.h"
#include "report/Baseline.h"
#include "report/ExportFixesReader.h"
#include "report/Formatter.h"
#include "report/InputError.h"
#include "report/Merge.h"
#include "report/ProfileAttribution.h"

#include <cstddef>
#include <cstdint>
#include <sstream>

using namespace allochunt::report;

static void confine(std::string &Path) {
  Path = "/nonexistent-allochunt-fuzz/" + Path;
}

static void formatAll(std::vector<Finding> Findings,
                      const AllocationProfile *Profile = nullptr) {
  for (Finding &F : Findings) {
    F.DisplayPath = F.Position.FilePath;
    confine(F.Position.FilePath);
    F.NormalisedText = normaliseWhitespace(F.Message);
    for (Replacement &R : F.Replacements)
      confine(R.FilePath);
    for (Note &N : F.Notes)
      confine(N.Position.FilePath);
  }
  Findings = mergeFindings(std::move(Findings));
  SourceFiles Sources;
  RuleDocs Docs("", "");
  ReportContext Context{Findings, Sources, Docs, false, Findings.size(), "/src", "fuzz"};
  ProfileAttribution Attribution;
  if (Profile != nullptr) {
    Attribution = attributeProfile(*Profile, Findings, "/nonexistent-allochunt-fuzz", "fuzz");
    Context.Profile = &Attribution;
  }
  for (const char *Name :
       {"text", "markdown", "json", "codequality", "sarif", "html", "github"}) {
    std::ostringstream Out;
    findFormat(Name)(Context, Out);
  }
  std::ostringstream Out;
  Baseline::fromFindings(Findings).write(Out);
  Baseline::parse(Out.str(), "written");
}

// Findings at the first source locations of the profile, so the attribution
// has something to match.
static void profileAll(const AllocationProfile &Profile) {
  std::vector<Finding> Findings;
  for (const ProfileFrame &Frame : Profile.Frames) {
    if (!Frame.hasSource() || Findings.size() == 8)
      continue;
    Finding F;
    F.Check = "allochunt-fuzz";
    F.Message = "fuzz";
    F.Position.FilePath = Frame.File;
    F.Position.Line = Frame.Line;
    F.Position.Column = 1;
    Findings.push_back(F);
  }
  formatAll(std::move(Findings), &Profile);
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *Data, std::size_t Size) {
  const std::string Text(reinterpret_cast<const char *>(Data), Size);
  try {
    formatAll(parseExportFixes(Text, "fuzz.yaml"));
  } catch (const InputError &) {
  }
  try {
    Baseline::parse(Text, "fuzz-baseline.yaml");
  } catch (const InputError &) {
  }
  try {
    profileAll(parseAllocationProfile(Text, "fuzz.profile"));
  } catch (const InputError &) {
  }
  return 0;
}
