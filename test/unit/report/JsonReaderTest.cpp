//===--- JsonReaderTest.cpp - report/JsonReader ---------------------------===//

#include "report/JsonReader.h"
#include "report/InputError.h"

#include "gtest/gtest.h"

#include <string>

namespace allochunt::report::test {
namespace {

std::string stringOf(const std::string &Json) {
  JsonReader Reader(Json, "t.json");
  std::string Value = Reader.string();
  Reader.expectEnd();
  return Value;
}

TEST(JsonReaderTest, DecodesEscapes) {
  EXPECT_EQ(stringOf(R"("a\"b\\c\/d\n\t\r\b\f")"), "a\"b\\c/d\n\t\r\b\f");
  EXPECT_EQ(stringOf(R"("\u00e9\u20ac")"), "\xC3\xA9\xE2\x82\xAC");
  EXPECT_EQ(stringOf(R"("\ud83d\ude00")"), "\xF0\x9F\x98\x80");
  // A lone surrogate becomes U+FFFD.
  EXPECT_EQ(stringOf(R"("\ud83dx")"), "\xEF\xBF\xBDx");
  EXPECT_EQ(stringOf(R"("\ude00")"), "\xEF\xBF\xBD");
}

TEST(JsonReaderTest, WalksObjectsAndArrays) {
  const std::string Json = R"( {"a": [1, 2, {"b": null}], "c": true, "d": 3} )";
  JsonReader Reader(Json, "t.json");
  Reader.beginObject("not an object");
  std::string Key;
  std::string Keys;
  std::uint64_t D = 0;
  while (Reader.nextMember(Key)) {
    Keys += Key;
    if (Key == "d")
      D = Reader.unsignedInteger("d");
    else
      Reader.skipValue();
  }
  Reader.expectEnd();
  EXPECT_EQ(Keys, "acd");
  EXPECT_EQ(D, 3U);
}

TEST(JsonReaderTest, RejectsWhatIsNotJson) {
  for (const char *Bad : {"[1,]", "[1 2]", "{\"a\" 1}", "{a:1}", "\"\x01\"", "[01x]", "[1.]",
                          "[1e]", "[tru]", R"("\u12g4")", "\"abc"}) {
    JsonReader Reader(Bad, "t.json");
    EXPECT_THROW(Reader.skipValue(), InputError) << Bad;
  }
}

} // namespace
} // namespace allochunt::report::test
