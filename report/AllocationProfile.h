//===--- AllocationProfile.h - a heap profile: allocations by call stack --===//
//
// What allochunt-report --allocation-profile reads: the program points of one
// run of a program, each with how many allocations (blocks) and bytes it made
// and its call stack, innermost frame first. Two formats, told apart by the
// content:
//   - Valgrind DHAT's JSON (`valgrind --tool=dhat --dhat-out-file=F prog`):
//     pps[] with tbk (blocks) and tb (bytes) and fs[], indices into ftbl[],
//     whose strings look like "0x4012AB: foo(int) (file.cpp:12)" or, without
//     source information, "0x4012AB: foo (in /lib/libfoo.so)".
//   - Plain text, one program point per line: `FILE:LINE COUNT BYTES`
//     (blank lines and `#` comments ignored), which other profilers' output
//     can be converted to.
// Totals are the sums over every program point, saturating at 2^64 - 1. The
// profile does not know the sources; ProfileAttribution joins it with the
// findings.
//
//===----------------------------------------------------------------------===//

#ifndef ALLOCHUNT_REPORT_ALLOCATIONPROFILE_H
#define ALLOCHUNT_REPORT_ALLOCATIONPROFILE_H

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace allochunt::report {

/// One stack frame's source location; File is empty when the profiler knew
/// none (a frame in a library without debug information, "???").
struct ProfileFrame {
  std::string File;
  unsigned Line = 0;
  bool hasSource() const { return !File.empty() && Line != 0; }
  bool operator==(const ProfileFrame &Other) const {
    return File == Other.File && Line == Other.Line;
  }
};

/// One allocation site with its call stack.
struct ProgramPoint {
  std::uint64_t Allocations = 0;
  std::uint64_t Bytes = 0;
  /// Indices into AllocationProfile::Frames, innermost first.
  std::vector<std::size_t> Stack;
};

/// A whole profile.
struct AllocationProfile {
  enum class Format : std::uint8_t { Dhat, Text };
  Format Kind = Format::Text;
  std::vector<ProfileFrame> Frames;
  std::vector<ProgramPoint> Points;
  std::uint64_t TotalAllocations = 0;
  std::uint64_t TotalBytes = 0;
};

/// Parses a profile held in \p Text; \p Name is the file it came from, for
/// messages. Throws InputError, and only InputError, on malformed input.
AllocationProfile parseAllocationProfile(std::string_view Text, const std::string &Name);

/// Reads and parses the profile file \p Path. Throws InputError.
AllocationProfile readAllocationProfile(const std::string &Path);

/// The source location in one DHAT frame string ("0x1: f(int) (a.cpp:12)" ->
/// a.cpp, 12; "(a.cpp:12:3)" also reads the line; "(in /lib/x.so)", "???" or
/// "[root]" -> no source).
ProfileFrame parseDhatFrame(std::string_view Frame);

/// \p A + \p B, or 2^64 - 1 when the sum does not fit.
std::uint64_t saturatingAdd(std::uint64_t A, std::uint64_t B);

} // namespace allochunt::report

#endif // ALLOCHUNT_REPORT_ALLOCATIONPROFILE_H
