//===--- JsonWriter.cpp - streaming, always-valid JSON --------------------===//

#include "report/JsonWriter.h"

#include <array>
#include <cmath>
#include <cstdio>

namespace allochunt::report {

// The length of the valid UTF-8 sequence at Text[I], or 0 if invalid.
static std::size_t validSequence(std::string_view Text, std::size_t I) {
  const auto Lead = static_cast<unsigned char>(Text[I]);
  std::size_t Length = 0;
  unsigned Minimum = 0;
  unsigned CodePoint = 0;
  if (Lead >= 0xC2 && Lead <= 0xDF) {
    Length = 2;
    Minimum = 0x80;
    CodePoint = Lead & 0x1FU;
  } else if (Lead >= 0xE0 && Lead <= 0xEF) {
    Length = 3;
    Minimum = 0x800;
    CodePoint = Lead & 0x0FU;
  } else if (Lead >= 0xF0 && Lead <= 0xF4) {
    Length = 4;
    Minimum = 0x10000;
    CodePoint = Lead & 0x07U;
  } else {
    return 0;
  }
  if (I + Length > Text.size())
    return 0;
  for (std::size_t K = 1; K < Length; ++K) {
    const auto Next = static_cast<unsigned char>(Text[I + K]);
    if ((Next & 0xC0U) != 0x80U)
      return 0;
    CodePoint = (CodePoint << 6U) | (Next & 0x3FU);
  }
  if (CodePoint < Minimum || CodePoint > 0x10FFFF ||
      (CodePoint >= 0xD800 && CodePoint <= 0xDFFF))
    return 0;
  return Length;
}

std::string jsonQuote(std::string_view Text) {
  static constexpr std::array<char, 16> Hex = {'0', '1', '2', '3', '4', '5',
                                               '6', '7', '8', '9', 'a', 'b',
                                               'c', 'd', 'e', 'f'};
  std::string Result = "\"";
  for (std::size_t I = 0; I < Text.size();) {
    const auto C = static_cast<unsigned char>(Text[I]);
    if (C >= 0x80) {
      const std::size_t Length = validSequence(Text, I);
      if (Length == 0) {
        Result += "\\ufffd";
        ++I;
      } else {
        Result.append(Text.substr(I, Length));
        I += Length;
      }
      continue;
    }
    ++I;
    switch (C) {
    case '"':
      Result += "\\\"";
      break;
    case '\\':
      Result += "\\\\";
      break;
    case '\n':
      Result += "\\n";
      break;
    case '\r':
      Result += "\\r";
      break;
    case '\t':
      Result += "\\t";
      break;
    default:
      if (C < 0x20 || C == 0x7F) {
        Result += "\\u00";
        Result += Hex[C >> 4U];
        Result += Hex[C & 0xFU];
      } else {
        Result += static_cast<char>(C);
      }
    }
  }
  return Result + "\"";
}

JsonWriter::~JsonWriter() {
  if (HasMembers.empty())
    Out << "\n";
}

void JsonWriter::newline() {
  Out << "\n" << std::string(HasMembers.size() * 2, ' ');
}

void JsonWriter::beforeValue() {
  if (AfterKey) {
    AfterKey = false;
    return;
  }
  if (HasMembers.empty())
    return;
  if (HasMembers.back())
    Out << ",";
  HasMembers.back() = true;
  newline();
}

void JsonWriter::key(std::string_view Name) {
  beforeValue();
  Out << jsonQuote(Name) << ": ";
  AfterKey = true;
}

void JsonWriter::beginObject() {
  beforeValue();
  Out << "{";
  HasMembers.push_back(false);
}

void JsonWriter::close(char Bracket) {
  const bool Any = HasMembers.back();
  HasMembers.pop_back();
  if (Any)
    newline();
  Out << Bracket;
}

void JsonWriter::endObject() { close('}'); }

void JsonWriter::beginArray() {
  beforeValue();
  Out << "[";
  HasMembers.push_back(false);
}

void JsonWriter::endArray() { close(']'); }

void JsonWriter::value(std::string_view Text) {
  beforeValue();
  Out << jsonQuote(Text);
}

void JsonWriter::value(std::uint64_t Number) {
  beforeValue();
  Out << Number;
}

void JsonWriter::value(double Number) {
  beforeValue();
  if (!std::isfinite(Number))
    Number = 0;
  std::array<char, 32> Buffer{};
  std::snprintf(Buffer.data(), Buffer.size(), "%.6g", Number);
  Out << Buffer.data();
}

void JsonWriter::value(bool Flag) {
  beforeValue();
  Out << (Flag ? "true" : "false");
}

} // namespace allochunt::report
