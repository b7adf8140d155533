//===--- MarkdownFormatter.cpp - findings for a CI summary or a review ----===//
//
// GitHub-flavoured Markdown: a heading with the totals, a table per check,
// then the findings by file, each with its source line and its fix as a
// `diff` block. Text from the findings is escaped so a message such as
// `std::map<std::string, int>` shows as written instead of as an HTML tag.
// With a baseline only the new findings are listed. With an allocation
// profile, the share of the run's allocations at finding sites and a table of
// the findings ranked by their allocations (the unreached ones in a second
// table) come before the per-check table.
//
//===----------------------------------------------------------------------===//

#include "report/FixPreview.h"
#include "report/Formatter.h"
#include "report/Summary.h"

#include <algorithm>

namespace allochunt::report {

// Escapes what Markdown or inline HTML would interpret.
static std::string escapeMarkdown(const std::string &Text) {
  std::string Result;
  for (const char C : Text) {
    switch (C) {
    case '<':
      Result += "&lt;";
      break;
    case '>':
      Result += "&gt;";
      break;
    case '&':
      Result += "&amp;";
      break;
    case '\\':
    case '`':
    case '*':
    case '_':
    case '[':
    case ']':
    case '|':
    case '#':
      Result += '\\';
      Result += C;
      break;
    case '\n':
      Result += ' ';
      break;
    default:
      Result += C;
    }
  }
  return Result;
}

// A code fence longer than any run of backticks inside the block.
static std::string fenceFor(const std::vector<std::string> &Lines) {
  std::size_t Longest = 0;
  for (const std::string &Line : Lines) {
    std::size_t Run = 0;
    for (const char C : Line) {
      Run = C == '`' ? Run + 1 : 0;
      Longest = std::max(Longest, Run);
    }
  }
  return {std::string(std::max<std::size_t>(3, Longest + 1), '`')};
}

static void writeBlock(const std::string &Language,
                       const std::vector<std::string> &Lines, std::ostream &Out) {
  const std::string Fence = fenceFor(Lines);
  Out << "  " << Fence << Language << "\n";
  for (const std::string &Line : Lines)
    Out << "  " << Line << "\n";
  Out << "  " << Fence << "\n";
}

static void writeFinding(ReportContext &Report, const Finding &F,
                         std::ostream &Out) {
  Out << "- **" << escapeMarkdown(F.DisplayPath.empty() ? "<no file>" : F.DisplayPath);
  if (F.Position.isResolved())
    Out << ":" << F.Position.Line << ":" << F.Position.Column;
  Out << "** " << escapeMarkdown(F.Message) << " (`" << F.Check << "`)";
  if (Report.HasBaseline && F.IsNew)
    Out << " **new**";
  Out << "\n";
  if (F.Position.isResolved()) {
    const std::vector<std::string> Lines = Report.Sources.lines(
        F.Position.FilePath, F.Position.Line, F.Position.Line);
    if (!Lines.empty())
      writeBlock("cpp", Lines, Out);
  }
  for (const Note &N : F.Notes) {
    Out << "  - note: " << escapeMarkdown(N.Message);
    if (N.Position.isResolved())
      Out << " (" << escapeMarkdown(N.DisplayPath) << ":" << N.Position.Line << ")";
    Out << "\n";
  }
  std::vector<std::string> Lines;
  for (const FileDiff &Diff : previewFix(F.Replacements, Report.Sources)) {
    Lines.clear();
    Lines.reserve(Diff.Before.size() + Diff.After.size());
    for (const std::string &Line : Diff.Before)
      Lines.push_back("- " + Line);
    for (const std::string &Line : Diff.After)
      Lines.push_back("+ " + Line);
    Out << "\n  Fix:\n\n";
    writeBlock("diff", Lines, Out);
  }
}

static void writeProfileRows(ReportContext &Report, bool Reached, std::ostream &Out) {
  Out << "| Allocations | Bytes | Share | Check | Location |\n"
         "| ---: | ---: | ---: | --- | --- |\n";
  const ProfileAttribution &Profile = *Report.Profile;
  for (const std::size_t I : Profile.Ranking) {
    const Finding &F = Report.Findings[I];
    const FindingCost &Cost = Profile.Costs[I];
    if ((Report.HasBaseline && !F.IsNew) || Cost.reached() != Reached)
      continue;
    Out << "| " << compactCount(Cost.Allocations) << " | " << compactCount(Cost.Bytes)
        << " | " << percentText(Cost.Share) << " | `" << F.Check << "` | "
        << escapeMarkdown(F.DisplayPath.empty() ? "<no file>" : F.DisplayPath);
    if (F.Position.isResolved())
      Out << ":" << F.Position.Line << ":" << F.Position.Column;
    Out << " |\n";
  }
}

static void writeProfile(ReportContext &Report, std::ostream &Out) {
  const ProfileAttribution &Profile = *Report.Profile;
  Out << "\n" << profileSummary(Profile) << " (profile " << escapeMarkdown(Profile.File)
      << ").\n\n";
  std::size_t Reached = 0;
  std::size_t Unreached = 0;
  for (const std::size_t I : Profile.Ranking)
    if (Report.Findings[I].IsNew || !Report.HasBaseline)
      ++(Profile.Costs[I].reached() ? Reached : Unreached);
  if (Reached != 0)
    writeProfileRows(Report, true, Out);
  if (Unreached != 0) {
    Out << (Reached != 0 ? "\n" : "") << "Not reached in this run:\n\n";
    writeProfileRows(Report, false, Out);
  }
}

void writeMarkdown(ReportContext &Report, std::ostream &Out) {
  const Summary Totals = summarise(Report.Findings);
  Out << "## AllocHunt: ";
  if (Totals.Findings == 0) {
    Out << "no findings\n";
    return;
  }
  Out << countsText(Totals);
  if (Report.HasBaseline)
    Out << ", " << Totals.New << " new";
  Out << "\n";
  if (Report.Profile != nullptr)
    writeProfile(Report, Out);
  Out << "\n| Check | Findings |" << (Report.HasBaseline ? " New |" : "")
      << "\n| --- | ---: |" << (Report.HasBaseline ? " ---: |" : "") << "\n";
  for (const Count &C : Totals.ByCheck) {
    const std::string Uri = Report.Docs.helpUri(C.Label);
    Out << "| ";
    if (Uri.empty())
      Out << "`" << C.Label << "`";
    else
      Out << "[`" << C.Label << "`](" << Uri << ")";
    Out << " | " << C.All << " |";
    if (Report.HasBaseline)
      Out << " " << C.New << " |";
    Out << "\n";
  }
  const std::string *CurrentFile = nullptr;
  for (const Finding &F : Report.Findings) {
    if (Report.HasBaseline && !F.IsNew)
      continue;
    if (CurrentFile == nullptr || *CurrentFile != F.DisplayPath) {
      CurrentFile = &F.DisplayPath;
      Out << "\n### " << escapeMarkdown(F.DisplayPath.empty() ? "<no file>" : F.DisplayPath)
          << "\n\n";
    }
    writeFinding(Report, F, Out);
  }
  if (Report.HasBaseline && Totals.New < Totals.Findings)
    Out << "\n" << Totals.Findings - Totals.New
        << " findings accepted by the baseline are not listed.\n";
}

} // namespace allochunt::report
