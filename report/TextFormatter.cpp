//===--- TextFormatter.cpp - findings as the compiler prints them ---------===//
//
// `file:line:column: warning: message [check]`, the source line with a caret,
// the notes, and the fix as `-`/`+` lines; then one summary line. With a
// baseline only the new findings are listed. Terminal-friendly, no colours.
// With an allocation profile the findings come ranked by it, followed by a
// table of the figures (the findings it never reached last) and the share of
// the run's allocations they account for.
//
//===----------------------------------------------------------------------===//

#include "report/FixPreview.h"
#include "report/Formatter.h"
#include "report/Summary.h"

#include <algorithm>
#include <array>

namespace allochunt::report {

static std::string location(const std::string &Path, const SourcePosition &At) {
  std::string Text = Path.empty() ? "<no file>" : Path;
  if (At.isResolved())
    Text += ":" + std::to_string(At.Line) + ":" + std::to_string(At.Column);
  return Text;
}

// Spaces (tabs where the line has them) up to the byte column, so the caret
// lines up; UTF-8 continuation bytes take no room.
static std::string caretIndent(const std::string &Line, unsigned Column) {
  std::string Indent;
  for (std::size_t I = 0; I + 1 < Column && I < Line.size(); ++I) {
    const auto C = static_cast<unsigned char>(Line[I]);
    if ((C & 0xC0U) == 0x80U)
      continue;
    Indent += C == '\t' ? '\t' : ' ';
  }
  return Indent;
}

static void writeFinding(ReportContext &Report, const Finding &F,
                         std::ostream &Out) {
  Out << location(F.DisplayPath, F.Position) << ": " << levelName(F.Level)
      << ": " << F.Message << " [" << F.Check << "]";
  if (!F.Position.isResolved() && F.Position.hasFile())
    Out << " (byte offset " << F.Position.Offset << "; source not readable)";
  Out << "\n";
  const std::vector<std::string> Lines = Report.Sources.lines(
      F.Position.FilePath, F.Position.Line, F.Position.Line);
  if (F.Position.isResolved() && !Lines.empty()) {
    const std::string Number = std::to_string(F.Position.Line);
    Out << "  " << Number << " | " << Lines.front() << "\n"
        << "  " << std::string(Number.size(), ' ') << " | "
        << caretIndent(Lines.front(), F.Position.Column) << "^\n";
  }
  for (const Note &N : F.Notes)
    Out << location(N.DisplayPath, N.Position) << ": note: " << N.Message << "\n";
  const std::vector<FileDiff> Diffs = previewFix(F.Replacements, Report.Sources);
  for (const FileDiff &Diff : Diffs) {
    Out << "  fix (line " << Diff.FirstLine << "):\n";
    for (const std::string &Line : Diff.Before)
      Out << "  - " << Line << "\n";
    for (const std::string &Line : Diff.After)
      Out << "  + " << Line << "\n";
  }
  if (Diffs.empty() && !F.Replacements.empty())
    Out << "  fix: " << F.Replacements.size()
        << " replacement(s); the source is needed to show them\n";
}

static std::string padLeft(const std::string &Text, std::size_t Width) {
  return std::string(Width > Text.size() ? Width - Text.size() : 0, ' ') + Text;
}

static std::string padRight(const std::string &Text, std::size_t Width) {
  return Text + std::string(Width > Text.size() ? Width - Text.size() : 0, ' ');
}

// The ranking as a table: allocations, bytes, share, check, location.
static void writeProfileTable(ReportContext &Report, std::ostream &Out) {
  const ProfileAttribution &Profile = *Report.Profile;
  struct Row {
    std::array<std::string, 5> Cells;
    bool Reached;
  };
  std::vector<Row> Rows;
  std::array<std::size_t, 5> Widths = {11, 5, 5, 5, 8};
  for (const std::size_t I : Profile.Ranking) {
    const Finding &F = Report.Findings[I];
    if (!F.IsNew && Report.HasBaseline)
      continue;
    const FindingCost &Cost = Profile.Costs[I];
    Rows.push_back({{compactCount(Cost.Allocations), compactCount(Cost.Bytes),
                     percentText(Cost.Share), F.Check, location(F.DisplayPath, F.Position)},
                    Cost.reached()});
    for (std::size_t C = 0; C < Widths.size(); ++C)
      Widths[C] = std::max(Widths[C], Rows.back().Cells[C].size());
  }
  const auto WriteRow = [&](const std::array<std::string, 5> &Cells) {
    Out << padLeft(Cells[0], Widths[0]) << "  " << padLeft(Cells[1], Widths[1]) << "  "
        << padLeft(Cells[2], Widths[2]) << "  " << padRight(Cells[3], Widths[3]) << "  "
        << Cells[4] << "\n";
  };
  Out << "\nallocations in " << Profile.File << ":\n";
  WriteRow({"allocations", "bytes", "share", "check", "location"});
  bool Unreached = false;
  for (const Row &R : Rows) {
    if (!R.Reached && !Unreached) {
      Unreached = true;
      Out << "not reached in this run:\n";
    }
    WriteRow(R.Cells);
  }
  Out << profileSummary(Profile) << "\n";
}

void writeText(ReportContext &Report, std::ostream &Out) {
  for (const std::size_t I : findingOrder(Report)) {
    const Finding &F = Report.Findings[I];
    if (F.IsNew || !Report.HasBaseline)
      writeFinding(Report, F, Out);
  }
  const Summary Totals = summarise(Report.Findings);
  if (Totals.Findings == 0) {
    Out << "no findings\n";
    return;
  }
  if (Report.Profile != nullptr)
    writeProfileTable(Report, Out);
  Out << countsText(Totals);
  if (Report.HasBaseline)
    Out << ": " << Totals.New << " new, " << Totals.Findings - Totals.New
        << " accepted by the baseline (not shown)";
  Out << "\n";
}

} // namespace allochunt::report
