//===--- Finding.h - one clang-tidy finding, as allochunt-report sees it --===//
//
// The data read from clang-tidy's --export-fixes YAML (a diagnostic, its fix
// and its notes, with byte offsets into files) plus what the report resolves
// from the sources: line and column, the path relative to the source root,
// the flagged text that keys the baseline. It models only what the formats
// print; clang-tidy's `Ranges` other than the first are not kept.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_REPORT_FINDING_H
#define ALLOCHUNT_REPORT_FINDING_H

#include <cstdint>
#include <string>
#include <vector>

namespace allochunt::report {

/// One edit of a fix: replace Length bytes at Offset in FilePath by Text.
struct Replacement {
  std::string FilePath;
  std::uint64_t Offset = 0;
  std::uint64_t Length = 0;
  std::string Text;
  /// Resolved: the path as printed (see Finding::DisplayPath).
  std::string DisplayPath;
};

/// A place in a source file: the byte offset clang-tidy reported, and the
/// 1-based line and byte column resolved from the file (0 when unknown).
struct SourcePosition {
  std::string FilePath;
  std::uint64_t Offset = 0;
  unsigned Line = 0;
  unsigned Column = 0;
  bool hasFile() const { return !FilePath.empty(); }
  bool isResolved() const { return Line != 0; }
};

/// A note attached to a finding, possibly carrying its own fix.
struct Note {
  std::string Message;
  SourcePosition Position;
  std::vector<Replacement> Replacements;
  /// Resolved: the path as printed (see Finding::DisplayPath).
  std::string DisplayPath;
};

/// One diagnostic of one check, merged over every file that reported it.
struct Finding {
  std::string Check;
  std::string Message;
  std::string Level = "Warning";
  SourcePosition Position;
  /// Length in bytes of the flagged range starting at the position (0: none).
  std::uint64_t RangeLength = 0;
  std::vector<Replacement> Replacements;
  std::vector<Note> Notes;

  // Resolved by the report, not read from YAML.
  /// The path printed and keyed: relative to the source root when inside it.
  std::string DisplayPath;
  /// The flagged line(s) with whitespace runs collapsed; keys the baseline.
  std::string NormalisedText;
  /// False when a baseline accepts this finding.
  bool IsNew = true;
};

/// The level as clang prints it: "warning", "error", "remark".
inline std::string levelName(const std::string &Level) {
  std::string Name = Level;
  for (char &C : Name)
    if (C >= 'A' && C <= 'Z')
      C = static_cast<char>(C - 'A' + 'a');
  return Name.empty() ? "warning" : Name;
}

} // namespace allochunt::report

#endif // ALLOCHUNT_REPORT_FINDING_H
