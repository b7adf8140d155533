//===--- JsonWriterTest.cpp - report/JsonWriter and Fingerprint -----------===//

#include "report/Fingerprint.h"
#include "report/JsonWriter.h"

#include "gtest/gtest.h"

#include <sstream>

namespace allochunt::report::test {
namespace {

TEST(JsonWriterTest, QuotesAndEscapes) {
  EXPECT_EQ(jsonQuote("a\"b\\c\n\t\x01"), "\"a\\\"b\\\\c\\n\\t\\u0001\"");
  EXPECT_EQ(jsonQuote("</script>"), "\"</script>\"");
  EXPECT_EQ(jsonQuote("caf\xC3\xA9"), "\"caf\xC3\xA9\"");
  // Invalid UTF-8 (a lone continuation byte, an overlong form, a surrogate).
  EXPECT_EQ(jsonQuote("\x80"), "\"\\ufffd\"");
  EXPECT_EQ(jsonQuote("\xC0\xAF"), "\"\\ufffd\\ufffd\"");
  EXPECT_EQ(jsonQuote("\xED\xA0\x80"), "\"\\ufffd\\ufffd\\ufffd\"");
  EXPECT_EQ(jsonQuote("\xE2\x82"), "\"\\ufffd\\ufffd\"");
}

TEST(JsonWriterTest, NestsWithCommasAndIndentation) {
  std::ostringstream Out;
  {
    JsonWriter Json(Out);
    Json.beginObject();
    Json.member("a", 1U);
    Json.key("b");
    Json.beginArray();
    Json.value(true);
    Json.value("x");
    Json.endArray();
    Json.key("c");
    Json.beginObject();
    Json.endObject();
    Json.endObject();
  }
  EXPECT_EQ(Out.str(), "{\n  \"a\": 1,\n  \"b\": [\n    true,\n    \"x\"\n  ],\n"
                       "  \"c\": {}\n}\n");
}

TEST(FingerprintTest, StableAndUnique) {
  Finding A;
  A.Check = "c";
  A.DisplayPath = "a.cpp";
  A.NormalisedText = "f();";
  Finding Moved = A;
  Moved.Position.Line = 40;
  const std::vector<std::string> Prints = fingerprints({A, A, Moved});
  ASSERT_EQ(Prints.size(), 3U);
  EXPECT_EQ(Prints[0].size(), 16U);
  EXPECT_NE(Prints[0], Prints[1]);
  EXPECT_NE(Prints[1], Prints[2]);
  // The first of a key is the same whatever line it moved to.
  EXPECT_EQ(fingerprints({Moved})[0], Prints[0]);
}

} // namespace
} // namespace allochunt::report::test
