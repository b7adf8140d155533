//===--- Progress.h - progress on stderr while reading large inputs -------===//
//
// Reading thousands of export files (one per translation unit of a big
// project) takes a while; Progress tells how far it got. On a terminal it
// redraws one line; otherwise (a CI log) it prints a line every tenth of the
// way. Off for small inputs unless asked for.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_REPORT_PROGRESS_H
#define ALLOCHUNT_REPORT_PROGRESS_H

#include <cstdint>
#include <ostream>

namespace allochunt::report {

/// When to show progress: auto shows it for large inputs on a terminal.
enum class ProgressMode : std::uint8_t { Auto, Always, Never };

/// Reports progress through a known number of files and bytes.
class Progress {
public:
  /// Inputs at least this large count as large for ProgressMode::Auto.
  static constexpr std::uintmax_t LargeInputBytes = 16U << 20U;
  static constexpr std::size_t LargeInputFiles = 200;

  Progress(std::ostream &Err, ProgressMode Mode, bool Interactive,
           std::size_t TotalFiles, std::uintmax_t TotalBytes);

  /// One more file read, of \p Bytes, bringing the diagnostics read (before
  /// duplicates are dropped) to \p Findings.
  void advance(std::uintmax_t Bytes, std::size_t Findings);
  /// Ends the progress display.
  void finish();

private:
  void show(std::size_t Findings);

  std::ostream &Err;
  bool Enabled;
  bool Interactive;
  std::size_t TotalFiles;
  std::uintmax_t TotalBytes;
  std::size_t FilesDone = 0;
  std::uintmax_t BytesDone = 0;
  unsigned LastPercent = 0;
  bool Shown = false;
};

} // namespace allochunt::report

#endif // ALLOCHUNT_REPORT_PROGRESS_H
