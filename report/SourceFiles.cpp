//===--- SourceFiles.cpp - the analysed sources, read once and cached -----===//

#include "report/SourceFiles.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace allochunt::report {

// Larger "sources" are not read (generated code this size is not reviewed).
static constexpr std::uintmax_t MaxSourceBytes = 256U << 20U;

const SourceFiles::File &SourceFiles::load(const std::string &Path) {
  auto Found = Files.find(Path);
  if (Found != Files.end())
    return Found->second;
  File &Entry = Files[Path];
  // Only regular files of a sane size: an export naming /dev/zero or a FIFO
  // must not hang the report.
  std::error_code Error;
  const std::filesystem::path File(Path);
  if (Path.empty() || !std::filesystem::is_regular_file(File, Error) ||
      std::filesystem::file_size(File, Error) > MaxSourceBytes || Error)
    return Entry;
  std::ifstream const Stream(File, std::ios::binary);
  if (Stream) {
    std::ostringstream Contents;
    Contents << Stream.rdbuf();
    if (!Stream.bad()) {
      Entry.Readable = true;
      Entry.Text = Contents.str();
      Entry.LineStarts.push_back(0);
      // A final newline ends the last line; it does not start another.
      for (std::size_t I = 0; I + 1 < Entry.Text.size(); ++I)
        if (Entry.Text[I] == '\n')
          Entry.LineStarts.push_back(I + 1);
    }
  }
  return Entry;
}

const std::string *SourceFiles::text(const std::string &Path) {
  const File &Entry = load(Path);
  return Entry.Readable ? &Entry.Text : nullptr;
}

std::pair<unsigned, unsigned>
SourceFiles::lineAndColumn(const std::string &Path, std::uint64_t Offset) {
  const File &Entry = load(Path);
  if (!Entry.Readable || Offset > Entry.Text.size())
    return {0, 0};
  // The last line start at or before Offset.
  const auto Next = std::upper_bound(Entry.LineStarts.begin(),
                                     Entry.LineStarts.end(), Offset);
  const auto Line = static_cast<unsigned>(Next - Entry.LineStarts.begin());
  const std::uint64_t Start = *(Next - 1);
  return {Line, static_cast<unsigned>(Offset - Start) + 1};
}

bool SourceFiles::resolve(SourcePosition &Position) {
  const auto [Line, Column] = lineAndColumn(Position.FilePath, Position.Offset);
  Position.Line = Line;
  Position.Column = Column;
  return Line != 0;
}

std::vector<std::string> SourceFiles::lines(const std::string &Path,
                                            unsigned First, unsigned Last) {
  std::vector<std::string> Result;
  const File &Entry = load(Path);
  if (!Entry.Readable)
    return Result;
  const auto Count = static_cast<unsigned>(Entry.LineStarts.size());
  First = std::max(First, 1U);
  Last = std::min(Last, Count);
  for (unsigned Line = First; Line <= Last; ++Line) {
    const std::uint64_t Begin = Entry.LineStarts[Line - 1];
    std::uint64_t End =
        Line < Count ? Entry.LineStarts[Line] - 1 : Entry.Text.size();
    if (End > Begin && Entry.Text[End - 1] == '\n')
      --End; // The last line's newline.
    if (End > Begin && Entry.Text[End - 1] == '\r')
      --End;
    Result.push_back(Entry.Text.substr(Begin, End - Begin));
  }
  return Result;
}

std::uint64_t SourceFiles::lineStart(const std::string &Path, unsigned Line) {
  const File &Entry = load(Path);
  if (!Entry.Readable || Line == 0)
    return 0;
  if (Line > Entry.LineStarts.size())
    return Entry.Text.size();
  return Entry.LineStarts[Line - 1];
}

unsigned SourceFiles::lineCount(const std::string &Path) {
  const File &Entry = load(Path);
  return Entry.Readable ? static_cast<unsigned>(Entry.LineStarts.size()) : 0;
}

// The length of the UTF-8 sequence that \p Lead starts (1 for anything invalid).
static std::size_t sequenceLength(unsigned char Lead) {
  if (Lead >= 0xC0 && Lead < 0xE0)
    return 2;
  if (Lead >= 0xE0 && Lead < 0xF0)
    return 3;
  if (Lead >= 0xF0 && Lead < 0xF8)
    return 4;
  return 1;
}

unsigned utf16Column(const std::string &LineText, unsigned ByteColumn) {
  if (ByteColumn <= 1)
    return ByteColumn;
  const std::size_t Bytes = ByteColumn - 1;
  const std::size_t End = std::min(Bytes, LineText.size());
  unsigned Units = 0;
  std::size_t I = 0;
  while (I < End) {
    std::size_t Length = sequenceLength(static_cast<unsigned char>(LineText[I]));
    if (I + Length > End)
      Length = 1; // A cut sequence: count its bytes one by one.
    Units += Length == 4 ? 2 : 1;
    I += Length;
  }
  // Past the end of the line (the newline itself): one unit per byte.
  return Units + static_cast<unsigned>(Bytes - End) + 1;
}

} // namespace allochunt::report
