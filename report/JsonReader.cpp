//===--- JsonReader.cpp - pull-parsing JSON without building a tree -------===//

#include "report/JsonReader.h"

#include "report/InputError.h"

#include <limits>

namespace allochunt::report {

void JsonReader::fail(const std::string &Message) const {
  unsigned Line = 1;
  unsigned Column = 1;
  for (std::size_t I = 0; I < Position && I < Text.size(); ++I) {
    if (Text[I] == '\n') {
      ++Line;
      Column = 1;
    } else {
      ++Column;
    }
  }
  throw InputError(Name, Line, Column, Message);
}

void JsonReader::skipWhitespace() {
  while (Position < Text.size() &&
         (Text[Position] == ' ' || Text[Position] == '\n' ||
          Text[Position] == '\r' || Text[Position] == '\t'))
    ++Position;
}

char JsonReader::peek() {
  skipWhitespace();
  return Position < Text.size() ? Text[Position] : '\0';
}

void JsonReader::failExpecting(const char *What) const {
  fail(Position < Text.size() ? std::string("invalid JSON: expected ") + What
                              : std::string("invalid JSON: the file ends where ") + What +
                                    " was expected (truncated?)");
}

void JsonReader::expect(char C, const char *What) {
  if (peek() != C)
    failExpecting(What);
  ++Position;
}

bool JsonReader::consume(char C) {
  if (peek() != C)
    return false;
  ++Position;
  return true;
}

void JsonReader::enter(char Open, const std::string &WhenNot) {
  if (peek() != Open && Position >= Text.size())
    failExpecting("a value");
  if (peek() != Open)
    fail(WhenNot);
  ++Position;
  if (Depth >= MaxDepth)
    fail("invalid JSON: nested deeper than " + std::to_string(MaxDepth) + " levels");
  ++Depth;
  HasElements &= ~(std::uint64_t{1} << (Depth - 1));
}

void JsonReader::beginObject(const std::string &WhenNot) { enter('{', WhenNot); }

void JsonReader::beginArray(const std::string &WhenNot) { enter('[', WhenNot); }

bool JsonReader::nextElement(char Close, const char *Expected) {
  const std::uint64_t Bit = std::uint64_t{1} << (Depth - 1);
  if (consume(Close)) {
    --Depth;
    return false;
  }
  if ((HasElements & Bit) != 0)
    expect(',', Expected);
  HasElements |= Bit;
  return true;
}

bool JsonReader::nextMember(std::string &Key) {
  if (!nextElement('}', "',' or '}'"))
    return false;
  if (peek() != '"')
    failExpecting("a member name in quotes");
  Key = string();
  expect(':', "':'");
  return true;
}

bool JsonReader::nextItem() { return nextElement(']', "',' or ']'"); }

std::uint32_t JsonReader::hex4() {
  std::uint32_t Value = 0;
  for (int I = 0; I < 4; ++I, ++Position) {
    if (Position >= Text.size())
      fail("invalid JSON: the file ends inside a string (truncated?)");
    const char C = Text[Position];
    Value <<= 4U;
    if (C >= '0' && C <= '9')
      Value |= static_cast<std::uint32_t>(C - '0');
    else if (C >= 'a' && C <= 'f')
      Value |= static_cast<std::uint32_t>(C - 'a' + 10);
    else if (C >= 'A' && C <= 'F')
      Value |= static_cast<std::uint32_t>(C - 'A' + 10);
    else
      fail("invalid JSON: \\u needs four hexadecimal digits");
  }
  return Value;
}

void JsonReader::appendCodePoint(std::uint32_t CodePoint, std::string &Out) {
  if (CodePoint < 0x80) {
    Out += static_cast<char>(CodePoint);
  } else if (CodePoint < 0x800) {
    Out += static_cast<char>(0xC0U | (CodePoint >> 6U));
    Out += static_cast<char>(0x80U | (CodePoint & 0x3FU));
  } else if (CodePoint < 0x10000) {
    Out += static_cast<char>(0xE0U | (CodePoint >> 12U));
    Out += static_cast<char>(0x80U | ((CodePoint >> 6U) & 0x3FU));
    Out += static_cast<char>(0x80U | (CodePoint & 0x3FU));
  } else {
    Out += static_cast<char>(0xF0U | (CodePoint >> 18U));
    Out += static_cast<char>(0x80U | ((CodePoint >> 12U) & 0x3FU));
    Out += static_cast<char>(0x80U | ((CodePoint >> 6U) & 0x3FU));
    Out += static_cast<char>(0x80U | (CodePoint & 0x3FU));
  }
}

std::string JsonReader::string() {
  expect('"', "a string");
  std::string Result;
  while (true) {
    if (Position >= Text.size())
      fail("invalid JSON: the file ends inside a string (truncated?)");
    const char C = Text[Position++];
    if (C == '"')
      return Result;
    if (static_cast<unsigned char>(C) < 0x20) {
      --Position;
      fail("invalid JSON: control character in a string");
    }
    if (C != '\\') {
      Result += C;
      continue;
    }
    if (Position >= Text.size())
      fail("invalid JSON: the file ends inside a string (truncated?)");
    const char Escape = Text[Position++];
    switch (Escape) {
    case '"':
    case '\\':
    case '/':
      Result += Escape;
      break;
    case 'b':
      Result += '\b';
      break;
    case 'f':
      Result += '\f';
      break;
    case 'n':
      Result += '\n';
      break;
    case 'r':
      Result += '\r';
      break;
    case 't':
      Result += '\t';
      break;
    case 'u': {
      std::uint32_t CodePoint = hex4();
      if (CodePoint >= 0xD800 && CodePoint < 0xDC00 && Text.substr(Position, 2) == "\\u") {
        Position += 2;
        const std::uint32_t Low = hex4();
        if (Low >= 0xDC00 && Low < 0xE000)
          CodePoint = 0x10000 + ((CodePoint - 0xD800) << 10U) + (Low - 0xDC00);
        else
          CodePoint = 0xFFFD;
      } else if (CodePoint >= 0xD800 && CodePoint < 0xE000) {
        CodePoint = 0xFFFD;
      }
      appendCodePoint(CodePoint, Result);
      break;
    }
    default:
      Position -= 2;
      fail("invalid JSON: unknown escape in a string");
    }
  }
}

std::uint64_t JsonReader::unsignedInteger(const char *What) {
  skipWhitespace();
  const std::size_t Start = Position;
  std::uint64_t Value = 0;
  bool Overflow = false;
  while (Position < Text.size() && Text[Position] >= '0' && Text[Position] <= '9') {
    const auto Digit = static_cast<std::uint64_t>(Text[Position] - '0');
    if (Value > (std::numeric_limits<std::uint64_t>::max() - Digit) / 10)
      Overflow = true;
    Value = (Value * 10) + Digit;
    ++Position;
  }
  const bool Fraction = Position < Text.size() &&
                        (Text[Position] == '.' || Text[Position] == 'e' || Text[Position] == 'E');
  if (Position == Start || Fraction || Overflow) {
    Position = Start;
    fail(std::string("'") + What + "' must be a non-negative integer below 2^64");
  }
  return Value;
}

void JsonReader::skipLiteral(std::string_view Word) {
  if (Text.substr(Position, Word.size()) != Word)
    failExpecting("a value");
  Position += Word.size();
}

void JsonReader::skipNumber() {
  const std::size_t Start = Position;
  if (Position < Text.size() && Text[Position] == '-')
    ++Position;
  const auto Digits = [&] {
    const std::size_t From = Position;
    while (Position < Text.size() && Text[Position] >= '0' && Text[Position] <= '9')
      ++Position;
    return Position > From;
  };
  bool Valid = Digits();
  if (Valid && Position < Text.size() && Text[Position] == '.') {
    ++Position;
    Valid = Digits();
  }
  if (Valid && Position < Text.size() && (Text[Position] == 'e' || Text[Position] == 'E')) {
    ++Position;
    if (Position < Text.size() && (Text[Position] == '+' || Text[Position] == '-'))
      ++Position;
    Valid = Digits();
  }
  if (!Valid) {
    Position = Start;
    failExpecting("a value");
  }
}

void JsonReader::skipValue() {
  switch (peek()) {
  case '{': {
    beginObject("");
    std::string Key;
    while (nextMember(Key))
      skipValue();
    return;
  }
  case '[':
    beginArray("");
    while (nextItem())
      skipValue();
    return;
  case '"':
    string();
    return;
  case 't':
    skipLiteral("true");
    return;
  case 'f':
    skipLiteral("false");
    return;
  case 'n':
    skipLiteral("null");
    return;
  case '\0':
    failExpecting("a value");
  default:
    skipNumber();
  }
}

void JsonReader::expectEnd() {
  if (peek() != '\0' || Position < Text.size())
    fail("invalid JSON: text after the end of the top-level value");
}

} // namespace allochunt::report
