//===--- AllocationProfile.cpp - a heap profile: allocations by call stack ===//

#include "report/AllocationProfile.h"

#include "report/InputError.h"
#include "report/InputFiles.h"
#include "report/JsonReader.h"

#include <filesystem>
#include <limits>
#include <map>
#include <optional>
#include <system_error>
#include <utility>

namespace allochunt::report {

std::uint64_t saturatingAdd(std::uint64_t A, std::uint64_t B) {
  return A > std::numeric_limits<std::uint64_t>::max() - B
             ? std::numeric_limits<std::uint64_t>::max()
             : A + B;
}

static bool allDigits(std::string_view Text) {
  return !Text.empty() && Text.find_first_not_of("0123456789") == std::string_view::npos;
}

// A decimal number that fits in 64 bits.
static std::optional<std::uint64_t> decimal(std::string_view Text) {
  if (!allDigits(Text))
    return std::nullopt;
  std::uint64_t Value = 0;
  for (const char C : Text) {
    const auto Digit = static_cast<std::uint64_t>(C - '0');
    if (Value > (std::numeric_limits<std::uint64_t>::max() - Digit) / 10)
      return std::nullopt;
    Value = (Value * 10) + Digit;
  }
  return Value;
}

// A line number: 1 up to what an unsigned holds.
static unsigned lineNumber(std::string_view Text) {
  const std::optional<std::uint64_t> Value = decimal(Text);
  if (!Value || *Value == 0 || *Value > std::numeric_limits<unsigned>::max())
    return 0;
  return static_cast<unsigned>(*Value);
}

ProfileFrame parseDhatFrame(std::string_view Frame) {
  while (!Frame.empty() && (Frame.back() == ' ' || Frame.back() == '\r'))
    Frame.remove_suffix(1);
  if (Frame.empty() || Frame.back() != ')')
    return {};
  // The location is the last parenthesised group; function names hold
  // parentheses too, so match them from the end.
  std::size_t Open = std::string_view::npos;
  unsigned Depth = 0;
  for (std::size_t I = Frame.size(); I-- > 0;) {
    if (Frame[I] == ')') {
      ++Depth;
    } else if (Frame[I] == '(' && --Depth == 0) {
      Open = I;
      break;
    }
  }
  if (Open == std::string_view::npos || Open == 0 || Frame[Open - 1] != ' ')
    return {};
  const std::string_view Location = Frame.substr(Open + 1, Frame.size() - Open - 2);
  if (Location.substr(0, 3) == "in ")
    return {};
  // FILE:LINE or FILE:LINE:COLUMN.
  std::size_t Colon = Location.rfind(':');
  if (Colon == std::string_view::npos || !allDigits(Location.substr(Colon + 1)))
    return {};
  std::string_view LineText = Location.substr(Colon + 1);
  const std::size_t Before = Location.rfind(':', Colon - 1);
  if (Colon != 0 && Before != std::string_view::npos &&
      allDigits(Location.substr(Before + 1, Colon - Before - 1))) {
    LineText = Location.substr(Before + 1, Colon - Before - 1);
    Colon = Before;
  }
  const unsigned Line = lineNumber(LineText);
  if (Colon == 0 || Line == 0)
    return {};
  return {std::string(Location.substr(0, Colon)), Line};
}

namespace {

// One entry of pps[], before its frame indices are checked against ftbl.
struct RawPoint {
  ProgramPoint Point;
  std::size_t Index = 0;
};

RawPoint readPoint(JsonReader &Json, std::size_t Index) {
  RawPoint Raw;
  Raw.Index = Index;
  bool HasBlocks = false;
  bool HasBytes = false;
  bool HasFrames = false;
  Json.beginObject("each entry of 'pps' must be an object");
  std::string Key;
  while (Json.nextMember(Key)) {
    if (Key == "tbk") {
      Raw.Point.Allocations = Json.unsignedInteger("tbk");
      HasBlocks = true;
    } else if (Key == "tb") {
      Raw.Point.Bytes = Json.unsignedInteger("tb");
      HasBytes = true;
    } else if (Key == "fs") {
      Json.beginArray("'fs' must be a list of frame indices");
      while (Json.nextItem()) {
        const std::uint64_t Frame = Json.unsignedInteger("fs");
        Raw.Point.Stack.push_back(
            static_cast<std::size_t>(std::min<std::uint64_t>(
                Frame, std::numeric_limits<std::size_t>::max())));
      }
      HasFrames = true;
    } else {
      Json.skipValue();
    }
  }
  const char *Missing = !HasFrames ? "'fs'" : nullptr;
  if (!HasBytes)
    Missing = "'tb'";
  if (!HasBlocks)
    Missing = "'tbk'";
  if (Missing != nullptr)
    Json.fail("pps[" + std::to_string(Index) + "] lacks " + Missing +
              " (a DHAT profile of --mode=heap has tb, tbk and fs per program point)");
  return Raw;
}

AllocationProfile parseDhat(std::string_view Text, const std::string &Name) {
  JsonReader Json(Text, Name);
  AllocationProfile Profile;
  Profile.Kind = AllocationProfile::Format::Dhat;
  std::vector<RawPoint> Points;
  std::vector<std::string> FrameTexts;
  bool HasVersion = false;
  bool HasPoints = false;
  bool HasFrames = false;
  std::optional<std::string> Mode;
  Json.beginObject("invalid JSON: expected an object");
  std::string Key;
  while (Json.nextMember(Key)) {
    if (Key == "dhatFileVersion") {
      Json.unsignedInteger("dhatFileVersion");
      HasVersion = true;
    } else if (Key == "mode") {
      if (Json.peek() != '"')
        Json.fail("'mode' must be a string");
      Mode = Json.string();
    } else if (Key == "pps") {
      Json.beginArray("'pps' must be a list");
      while (Json.nextItem())
        Points.push_back(readPoint(Json, Points.size()));
      HasPoints = true;
    } else if (Key == "ftbl") {
      Json.beginArray("'ftbl' must be a list of strings");
      while (Json.nextItem()) {
        if (Json.peek() != '"')
          Json.fail("'ftbl' must be a list of strings");
        FrameTexts.push_back(Json.string());
      }
      HasFrames = true;
    } else {
      Json.skipValue();
    }
  }
  Json.expectEnd();
  if (!HasVersion)
    throw InputError(Name, "not a DHAT profile: no 'dhatFileVersion' (allochunt-report reads "
                           "valgrind --tool=dhat --dhat-out-file=FILE output, or the text "
                           "format FILE:LINE COUNT BYTES)");
  if (Mode && *Mode != "heap")
    throw InputError(Name, "DHAT profile of mode '" + *Mode +
                               "' counts no heap allocations; profile with the default "
                               "--mode=heap");
  if (!HasPoints || !HasFrames)
    throw InputError(Name, std::string("DHAT profile without '") +
                               (HasPoints ? "ftbl" : "pps") + "'");
  Profile.Frames.reserve(FrameTexts.size());
  for (const std::string &Frame : FrameTexts)
    Profile.Frames.push_back(parseDhatFrame(Frame));
  Profile.Points.reserve(Points.size());
  for (RawPoint &Raw : Points) {
    for (const std::size_t Frame : Raw.Point.Stack)
      if (Frame >= Profile.Frames.size())
        throw InputError(Name, "pps[" + std::to_string(Raw.Index) + "] refers to frame " +
                                   std::to_string(Frame) + " but 'ftbl' has " +
                                   std::to_string(Profile.Frames.size()) + " entries");
    Profile.TotalAllocations = saturatingAdd(Profile.TotalAllocations, Raw.Point.Allocations);
    Profile.TotalBytes = saturatingAdd(Profile.TotalBytes, Raw.Point.Bytes);
    Profile.Points.push_back(std::move(Raw.Point));
  }
  return Profile;
}

[[noreturn]] void badLine(const std::string &Name, unsigned Line, const std::string &Why) {
  throw InputError(Name, Line, 0,
                   Why + " (a text profile has one 'FILE:LINE COUNT BYTES' per line)");
}

bool isSpace(char C) { return C == ' ' || C == '\t' || C == '\r'; }

std::string_view trim(std::string_view Text) {
  while (!Text.empty() && isSpace(Text.front()))
    Text.remove_prefix(1);
  while (!Text.empty() && isSpace(Text.back()))
    Text.remove_suffix(1);
  return Text;
}

// Splits the last whitespace-separated word off \p Text.
std::string_view lastWord(std::string_view &Text) {
  Text = trim(Text);
  std::size_t Start = Text.size();
  while (Start > 0 && !isSpace(Text[Start - 1]))
    --Start;
  const std::string_view Word = Text.substr(Start);
  Text = Text.substr(0, Start);
  return Word;
}

AllocationProfile parseText(std::string_view Text, const std::string &Name) {
  AllocationProfile Profile;
  Profile.Kind = AllocationProfile::Format::Text;
  std::map<std::pair<std::string, unsigned>, std::size_t> FrameIndex;
  unsigned LineNumber = 0;
  for (std::size_t Start = 0; Start < Text.size();) {
    std::size_t End = Text.find('\n', Start);
    if (End == std::string_view::npos)
      End = Text.size();
    const std::string_view Line = trim(Text.substr(Start, End - Start));
    Start = End + 1;
    ++LineNumber;
    if (Line.empty() || Line.front() == '#')
      continue;
    std::string_view Rest = Line;
    const std::string_view BytesText = lastWord(Rest);
    const std::string_view CountText = lastWord(Rest);
    const std::string_view Location = trim(Rest);
    if (Location.empty())
      badLine(Name, LineNumber, "expected a location and two numbers");
    const std::optional<std::uint64_t> Count = decimal(CountText);
    const std::optional<std::uint64_t> Bytes = decimal(BytesText);
    if (!Count || !Bytes)
      badLine(Name, LineNumber,
              "COUNT and BYTES must be non-negative integers below 2^64");
    const std::size_t Colon = Location.rfind(':');
    const unsigned SourceLine =
        Colon == std::string_view::npos ? 0 : lineNumber(Location.substr(Colon + 1));
    if (Colon == 0 || SourceLine == 0)
      badLine(Name, LineNumber, "expected FILE:LINE with a line number from 1");
    const std::string File(Location.substr(0, Colon));
    const auto [Found, Inserted] =
        FrameIndex.emplace(std::pair{File, SourceLine}, Profile.Frames.size());
    if (Inserted)
      Profile.Frames.push_back({File, SourceLine});
    Profile.Points.push_back({*Count, *Bytes, {Found->second}});
    Profile.TotalAllocations = saturatingAdd(Profile.TotalAllocations, *Count);
    Profile.TotalBytes = saturatingAdd(Profile.TotalBytes, *Bytes);
  }
  return Profile;
}

} // namespace

AllocationProfile parseAllocationProfile(std::string_view Text, const std::string &Name) {
  std::size_t First = 0;
  while (First < Text.size() && (isSpace(Text[First]) || Text[First] == '\n'))
    ++First;
  if (First == Text.size())
    throw InputError(Name, "the allocation profile is empty");
  if (Text.substr(0, 2) == "\x1f\x8b" || Text.substr(0, 4) == "\x28\xb5\x2f\xfd")
    throw InputError(Name, "a compressed file (heaptrack's raw data?) is not an allocation "
                           "profile allochunt-report reads: give a DHAT JSON file or the "
                           "text format FILE:LINE COUNT BYTES");
  if (Text[First] == '{')
    return parseDhat(Text, Name);
  return parseText(Text, Name);
}

AllocationProfile readAllocationProfile(const std::string &Path) {
  std::error_code Error;
  if (!std::filesystem::exists(Path, Error))
    throw InputError(Path, "no such file or directory");
  if (std::filesystem::is_directory(Path, Error))
    throw InputError(Path, "is a directory, not an allocation profile");
  return parseAllocationProfile(readInputFile(Path), Path);
}

} // namespace allochunt::report
