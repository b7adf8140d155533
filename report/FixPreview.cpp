//===--- FixPreview.cpp - a fix shown as the lines it changes -------------===//

#include "report/FixPreview.h"

#include <algorithm>
#include <tuple>

namespace allochunt::report {

// Splits \p Text into lines without their endings (a final newline ends the
// last line rather than starting an empty one).
static std::vector<std::string> splitLines(const std::string &Text) {
  std::vector<std::string> Lines;
  std::size_t Start = 0;
  while (Start < Text.size()) {
    std::size_t End = Text.find('\n', Start);
    const std::size_t Next = End == std::string::npos ? Text.size() : End + 1;
    if (End == std::string::npos)
      End = Text.size();
    if (End > Start && Text[End - 1] == '\r')
      --End;
    Lines.push_back(Text.substr(Start, End - Start));
    Start = Next;
  }
  return Lines;
}

// The diff for the replacements \p Edits, all in one file and sorted.
static bool previewFile(const std::string &Path,
                        const std::vector<const Replacement *> &Edits,
                        SourceFiles &Sources, FileDiff &Diff) {
  const std::string *Text = Sources.text(Path);
  if (Text == nullptr)
    return false;
  const std::uint64_t Begin = Edits.front()->Offset;
  std::uint64_t End = Begin;
  for (const Replacement *R : Edits) {
    if (R->Offset > Text->size() || R->Length > Text->size() - R->Offset)
      return false;
    End = std::max(End, R->Offset + R->Length);
  }
  const unsigned FirstLine = Sources.lineAndColumn(Path, Begin).first;
  unsigned LastLine = Sources.lineAndColumn(Path, End).first;
  // An edit ending right after a newline does not touch the next line.
  if (LastLine > FirstLine && End > Begin && (*Text)[End - 1] == '\n')
    --LastLine;
  const std::uint64_t SliceBegin = Sources.lineStart(Path, FirstLine);
  const std::uint64_t SliceEnd = Sources.lineStart(Path, LastLine + 1);
  std::string Fixed;
  std::uint64_t Cursor = SliceBegin;
  for (const Replacement *R : Edits) {
    if (R->Offset < Cursor)
      return false; // Overlapping edits.
    Fixed.append(*Text, Cursor, R->Offset - Cursor);
    Fixed += R->Text;
    Cursor = R->Offset + R->Length;
  }
  Fixed.append(*Text, Cursor, SliceEnd - std::min(Cursor, SliceEnd));
  Diff.FilePath = Path;
  Diff.FirstLine = FirstLine;
  Diff.Before = Sources.lines(Path, FirstLine, LastLine);
  Diff.After = splitLines(Fixed);
  return true;
}

std::vector<FileDiff> previewFix(const std::vector<Replacement> &Replacements,
                                 SourceFiles &Sources) {
  std::vector<std::string> Order;
  for (const Replacement &R : Replacements)
    if (std::find(Order.begin(), Order.end(), R.FilePath) == Order.end())
      Order.push_back(R.FilePath);
  std::vector<FileDiff> Diffs;
  std::vector<const Replacement *> Edits;
  for (const std::string &Path : Order) {
    Edits.clear();
    for (const Replacement &R : Replacements)
      if (R.FilePath == Path)
        Edits.push_back(&R);
    // By offset; edits at one offset keep their order (pointers into one
    // vector order like their indices).
    std::sort(Edits.begin(), Edits.end(),
              [](const Replacement *A, const Replacement *B) {
                return std::tie(A->Offset, A) < std::tie(B->Offset, B);
              });
    FileDiff Diff;
    if (!previewFile(Path, Edits, Sources, Diff))
      return {};
    Diffs.push_back(std::move(Diff));
  }
  return Diffs;
}

} // namespace allochunt::report
