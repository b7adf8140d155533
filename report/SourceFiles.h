//===--- SourceFiles.h - the analysed sources, read once and cached -------===//
//
// clang-tidy reports byte offsets; people read lines and columns. SourceFiles
// reads each regular source file once (the report may run on another machine than
// the analysis, so a file may be missing: then positions stay unresolved and
// the formats print the offset) and maps offsets to 1-based lines and byte
// columns, as clang prints them.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_REPORT_SOURCEFILES_H
#define ALLOCHUNT_REPORT_SOURCEFILES_H

#include "report/Finding.h"

#include <map>
#include <string>
#include <vector>

namespace allochunt::report {

/// A cache of source files by path.
class SourceFiles {
public:
  /// The file's text, or nullptr when it cannot be read.
  const std::string *text(const std::string &Path);

  /// Fills in Line and Column from the offset; false (and leaves them 0) when
  /// the file is unreadable or the offset lies past its end.
  bool resolve(SourcePosition &Position);

  /// The line and column of \p Offset in \p Path, 1-based; {0, 0} if unknown.
  std::pair<unsigned, unsigned> lineAndColumn(const std::string &Path,
                                              std::uint64_t Offset);

  /// Lines First..Last (1-based, inclusive, clamped to the file) without
  /// their line endings; empty when the file is unreadable.
  std::vector<std::string> lines(const std::string &Path, unsigned First,
                                 unsigned Last);

  /// The byte offset at which 1-based \p Line starts.
  std::uint64_t lineStart(const std::string &Path, unsigned Line);

  /// How many lines \p Path has (0 when unreadable).
  unsigned lineCount(const std::string &Path);

private:
  struct File {
    bool Readable = false;
    std::string Text;
    std::vector<std::uint64_t> LineStarts;
  };
  const File &load(const std::string &Path);

  std::map<std::string, File> Files;
};

/// The 1-based column of \p ByteColumn in \p LineText counted in UTF-16 code
/// units, as SARIF and LSP count them (invalid UTF-8 counts byte by byte).
unsigned utf16Column(const std::string &LineText, unsigned ByteColumn);

} // namespace allochunt::report

#endif // ALLOCHUNT_REPORT_SOURCEFILES_H
