//===--- Fingerprint.cpp - a stable identity for each finding -------------===//

#include "report/Fingerprint.h"

#include <array>
#include <cstdint>
#include <map>

namespace allochunt::report {

// 64-bit FNV-1a: small, stable across platforms and releases.
static std::uint64_t hashBytes(std::uint64_t Hash, const std::string &Bytes) {
  constexpr std::uint64_t Prime = 0x100000001b3ULL;
  for (const char C : Bytes) {
    Hash ^= static_cast<unsigned char>(C);
    Hash *= Prime;
  }
  // A separator, so ("ab", "c") and ("a", "bc") differ.
  Hash ^= 0xFFU;
  return Hash * Prime;
}

std::vector<std::string> fingerprints(const std::vector<Finding> &Findings) {
  constexpr std::uint64_t OffsetBasis = 0xcbf29ce484222325ULL;
  static constexpr std::array<char, 16> Hex = {'0', '1', '2', '3', '4', '5',
                                               '6', '7', '8', '9', 'a', 'b',
                                               'c', 'd', 'e', 'f'};
  std::map<std::uint64_t, unsigned> Seen;
  std::vector<std::string> Result;
  std::string Text;
  for (const Finding &F : Findings) {
    std::uint64_t Hash = OffsetBasis;
    for (const std::string *Part : {&F.Check, &F.DisplayPath, &F.NormalisedText})
      Hash = hashBytes(Hash, *Part);
    const unsigned Rank = Seen[Hash]++;
    Hash = hashBytes(Hash, std::to_string(Rank));
    Text.assign(16, '0');
    for (int Digit = 15; Digit >= 0; --Digit, Hash >>= 4U)
      Text[static_cast<std::size_t>(Digit)] = Hex[Hash & 0xFU];
    Result.push_back(Text);
  }
  return Result;
}

} // namespace allochunt::report
