//===--- TextFormatter.cpp - findings as the compiler prints them ---------===//
//
// `file:line:column: warning: message [check]`, the source line with a caret,
// the notes, and the fix as `-`/`+` lines; then one summary line. With a
// baseline only the new findings are listed. Terminal-friendly, no colours.
//
//===----------------------------------------------------------------------===//

#include "report/FixPreview.h"
#include "report/Formatter.h"
#include "report/Summary.h"

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

void writeText(ReportContext &Report, std::ostream &Out) {
  for (const Finding &F : Report.Findings)
    if (F.IsNew || !Report.HasBaseline)
      writeFinding(Report, F, Out);
  const Summary Totals = summarise(Report.Findings);
  if (Totals.Findings == 0) {
    Out << "no findings\n";
    return;
  }
  Out << Totals.Findings << (Totals.Findings == 1 ? " finding" : " findings")
      << " in " << Totals.Files << (Totals.Files == 1 ? " file" : " files");
  if (Report.HasBaseline)
    Out << ": " << Totals.New << " new, " << Totals.Findings - Totals.New
        << " accepted by the baseline (not shown)";
  Out << "\n";
}

} // namespace allochunt::report
