//===--- AllocationProfileTest.cpp - report/AllocationProfile -------------===//

#include "report/AllocationProfile.h"
#include "report/InputError.h"

#include "gtest/gtest.h"

#include <limits>
#include <string>

namespace allochunt::report::test {
namespace {

constexpr std::uint64_t Max = std::numeric_limits<std::uint64_t>::max();

// A DHAT profile with the given pps and ftbl bodies.
std::string dhat(const std::string &Points, const std::string &Frames) {
  return "{\"dhatFileVersion\":2\n,\"mode\":\"heap\",\"verb\":\"Allocated\"\n"
         ",\"cmd\":\"./prog\",\"pid\":1\n,\"pps\":\n [" +
         Points + "]\n,\"ftbl\":\n [\"[root]\"" + Frames + "]\n}\n";
}

std::string errorOf(const std::string &Text) {
  try {
    parseAllocationProfile(Text, "p.json");
  } catch (const InputError &E) {
    return E.what();
  }
  return "no error";
}

TEST(AllocationProfileTest, FrameWithFileAndLine) {
  EXPECT_EQ(parseDhatFrame("0x4012AB: foo(int) (file.cpp:12)"), (ProfileFrame{"file.cpp", 12}));
  EXPECT_EQ(parseDhatFrame("0x4012AB: foo(int) (src/file.cpp:12:3)"),
            (ProfileFrame{"src/file.cpp", 12}));
  EXPECT_EQ(parseDhatFrame("0x4004A1D: call_init (elf/./elf/dl-init.c:74)"),
            (ProfileFrame{"elf/./elf/dl-init.c", 74}));
}

TEST(AllocationProfileTest, FrameLocationIsTheLastParenthesisedGroup) {
  EXPECT_EQ(parseDhatFrame("0x10930E: hot(std::map<std::string, int>&, int) (/tmp/p.cpp:5)"),
            (ProfileFrame{"/tmp/p.cpp", 5}));
  EXPECT_EQ(parseDhatFrame("0x1: f() (/home/me/copy (2)/a.cpp:7)"),
            (ProfileFrame{"/home/me/copy (2)/a.cpp", 7}));
  EXPECT_EQ(parseDhatFrame("0x1: operator()(int) const (lambda.cpp:3)\r"),
            (ProfileFrame{"lambda.cpp", 3}));
}

TEST(AllocationProfileTest, FramesWithoutSourceInformation) {
  EXPECT_FALSE(parseDhatFrame("[root]").hasSource());
  EXPECT_FALSE(parseDhatFrame("0x48417B4: malloc (in /usr/libexec/valgrind/vgpreload.so)")
                   .hasSource());
  EXPECT_FALSE(parseDhatFrame("0x49027B9: ???").hasSource());
  EXPECT_FALSE(parseDhatFrame("0x49027B9: ??? (in /lib/libstdc++.so.6)").hasSource());
  EXPECT_FALSE(parseDhatFrame("0x1: f (a.cpp)").hasSource());
  EXPECT_FALSE(parseDhatFrame("0x1: f (a.cpp:0)").hasSource());
  EXPECT_FALSE(parseDhatFrame("0x1: f (:12)").hasSource());
  EXPECT_FALSE(parseDhatFrame("0x1: f (a.cpp:99999999999)").hasSource());
  EXPECT_FALSE(parseDhatFrame("0x1: f a.cpp:3)").hasSource());
  EXPECT_FALSE(parseDhatFrame("(a.cpp:3)").hasSource());
  EXPECT_FALSE(parseDhatFrame("").hasSource());
}

TEST(AllocationProfileTest, ReadsRealDhatOutput) {
  const AllocationProfile Profile =
      readAllocationProfile(ALLOCHUNT_REPORT_TEST_INPUTS "/dhat-sample.json");
  EXPECT_EQ(Profile.Kind, AllocationProfile::Format::Dhat);
  ASSERT_EQ(Profile.Points.size(), 4U);
  EXPECT_EQ(Profile.TotalAllocations, 2012U);
  EXPECT_EQ(Profile.TotalBytes, 260208U);
  EXPECT_EQ(Profile.Points[1].Allocations, 1000U);
  EXPECT_EQ(Profile.Points[1].Bytes, 41000U);
  ASSERT_EQ(Profile.Points[1].Stack.size(), 3U);
  EXPECT_EQ(Profile.Frames[Profile.Points[1].Stack[2]],
            (ProfileFrame{"basic_string.h", 659}));
  EXPECT_FALSE(Profile.Frames[Profile.Points[1].Stack[0]].hasSource());
}

TEST(AllocationProfileTest, InlinedFramesShareAnAddress) {
  const AllocationProfile Profile = parseAllocationProfile(
      dhat(R"j({"tb":31000,"tbk":1000,"fs":[1,2,3,4]})j",
           R"j(,"0x4841F2F: operator new(unsigned long) (in /usr/libexec/valgrind/x.so)")j"
           R"j(,"0x10930E: key[abi:cxx11](int) (/src/p.cpp:4)")j"
           R"j(,"0x10930E: hot(std::map<std::string, int>&, int) (/src/p.cpp:5)")j"
           R"j(,"0x109239: main (/src/p.cpp:9)")j"),
      "p.json");
  ASSERT_EQ(Profile.Points.size(), 1U);
  EXPECT_EQ(Profile.Points[0].Stack, (std::vector<std::size_t>{1, 2, 3, 4}));
  EXPECT_EQ(Profile.Frames[2], (ProfileFrame{"/src/p.cpp", 4}));
  EXPECT_EQ(Profile.Frames[3], (ProfileFrame{"/src/p.cpp", 5}));
}

TEST(AllocationProfileTest, HugeCountsSaturateTheTotal) {
  const AllocationProfile Profile = parseAllocationProfile(
      dhat(R"j({"tb":18446744073709551615,"tbk":18446744073709551615,"fs":[1]},)j"
           R"j({"tb":5000000000,"tbk":4294967296,"fs":[1]})j",
           R"j(,"0x1: f (a.cpp:1)")j"),
      "p.json");
  EXPECT_EQ(Profile.Points[0].Allocations, Max);
  EXPECT_EQ(Profile.Points[1].Allocations, 4294967296U);
  EXPECT_EQ(Profile.Points[1].Bytes, 5000000000U);
  EXPECT_EQ(Profile.TotalAllocations, Max);
  EXPECT_EQ(Profile.TotalBytes, Max);
  EXPECT_EQ(errorOf(dhat(R"j({"tb":1,"tbk":18446744073709551616,"fs":[]})j", "")),
            "p.json:5:17: error: 'tbk' must be a non-negative integer below 2^64");
}

TEST(AllocationProfileTest, IgnoresUnknownMembers) {
  const AllocationProfile Profile = parseAllocationProfile(
      dhat(R"j({"tb":8,"tbk":1,"acc":[-4,1.5e3,null,true,false,"x",{"y":[]}],"fs":[]})j", ""),
      "p.json");
  ASSERT_EQ(Profile.Points.size(), 1U);
  EXPECT_TRUE(Profile.Points[0].Stack.empty());
}

TEST(AllocationProfileTest, MalformedDhatNamesFileAndPosition) {
  EXPECT_EQ(errorOf("{\"dhatFileVersion\":2,\n\"pps\":[{\"tb\":1,"),
            "p.json:2:16: error: invalid JSON: the file ends where a member name in quotes "
            "was expected (truncated?)");
  EXPECT_EQ(errorOf("{\"dhatFileVersion\":2 \"mode\":\"heap\"}"),
            "p.json:1:22: error: invalid JSON: expected ',' or '}'");
  EXPECT_EQ(errorOf("{\"a\":\"\\q\"}"), "p.json:1:7: error: invalid JSON: unknown escape in a string");
  EXPECT_EQ(errorOf("{\"a\":1} x"),
            "p.json:1:9: error: invalid JSON: text after the end of the top-level value");
  EXPECT_EQ(errorOf("{\"a\":" + std::string(100, '[')), "p.json:1:70: error: invalid JSON: nested deeper than 64 levels");
  EXPECT_EQ(errorOf("{\"a\":-}"), "p.json:1:6: error: invalid JSON: expected a value");
}

TEST(AllocationProfileTest, WrongDhatSchema) {
  EXPECT_EQ(errorOf("{\"pps\":[],\"ftbl\":[]}"),
            "p.json: error: not a DHAT profile: no 'dhatFileVersion' (allochunt-report reads "
            "valgrind --tool=dhat --dhat-out-file=FILE output, or the text format FILE:LINE "
            "COUNT BYTES)");
  EXPECT_EQ(errorOf("{\"dhatFileVersion\":2,\"mode\":\"copy\",\"pps\":[],\"ftbl\":[]}"),
            "p.json: error: DHAT profile of mode 'copy' counts no heap allocations; profile "
            "with the default --mode=heap");
  EXPECT_EQ(errorOf("{\"dhatFileVersion\":2,\"pps\":[]}"),
            "p.json: error: DHAT profile without 'ftbl'");
  EXPECT_EQ(errorOf(dhat(R"j({"tb":1,"tbk":1,"fs":[1,7]})j", R"j(,"0x1: f (a.cpp:1)")j")),
            "p.json: error: pps[0] refers to frame 7 but 'ftbl' has 2 entries");
  EXPECT_EQ(errorOf(dhat(R"j({"tb":1,"fs":[]})j", "")),
            "p.json:5:19: error: pps[0] lacks 'tbk' (a DHAT profile of --mode=heap has tb, "
            "tbk and fs per program point)");
  EXPECT_EQ(errorOf(dhat("[1]", "")), "p.json:5:3: error: each entry of 'pps' must be an object");
  EXPECT_EQ(errorOf(dhat("", ",1")), "p.json:7:12: error: 'ftbl' must be a list of strings");
  EXPECT_EQ(errorOf(dhat(R"j({"tb":1,"tbk":1,"fs":[-1]})j", "")),
            "p.json:5:25: error: 'fs' must be a non-negative integer below 2^64");
}

TEST(AllocationProfileTest, ReadsTheTextFormat) {
  const AllocationProfile Profile = parseAllocationProfile(
      "# from some profiler\n"
      "\n"
      "src/a.cpp:12 1000 32000\n"
      "  /abs/dir with space/b.cpp:3\t7 56  \r\n"
      "C:\\src\\c.cpp:9 1 8\n"
      "src/a.cpp:12 5 50\n",
      "p.txt");
  EXPECT_EQ(Profile.Kind, AllocationProfile::Format::Text);
  ASSERT_EQ(Profile.Points.size(), 4U);
  ASSERT_EQ(Profile.Frames.size(), 3U);
  EXPECT_EQ(Profile.Frames[0], (ProfileFrame{"src/a.cpp", 12}));
  EXPECT_EQ(Profile.Frames[1], (ProfileFrame{"/abs/dir with space/b.cpp", 3}));
  EXPECT_EQ(Profile.Frames[2], (ProfileFrame{"C:\\src\\c.cpp", 9}));
  EXPECT_EQ(Profile.Points[3].Stack, (std::vector<std::size_t>{0}));
  EXPECT_EQ(Profile.TotalAllocations, 1013U);
  EXPECT_EQ(Profile.TotalBytes, 32114U);
}

TEST(AllocationProfileTest, CommentsOnlyIsAnEmptyProfile) {
  const AllocationProfile Profile = parseAllocationProfile("# nothing allocated\n", "p.txt");
  EXPECT_TRUE(Profile.Points.empty());
  EXPECT_EQ(Profile.TotalAllocations, 0U);
}

TEST(AllocationProfileTest, MalformedText) {
  const std::string Format = " (a text profile has one 'FILE:LINE COUNT BYTES' per line)";
  EXPECT_EQ(errorOf("a.cpp:1 2 3\na.cpp:2 x 3\n"),
            "p.json:2: error: COUNT and BYTES must be non-negative integers below 2^64" + Format);
  EXPECT_EQ(errorOf("a.cpp 2 3\n"),
            "p.json:1: error: expected FILE:LINE with a line number from 1" + Format);
  EXPECT_EQ(errorOf("a.cpp:0 2 3\n"),
            "p.json:1: error: expected FILE:LINE with a line number from 1" + Format);
  EXPECT_EQ(errorOf(":4 2 3\n"), "p.json:1: error: expected FILE:LINE with a line number from 1" + Format);
  EXPECT_EQ(errorOf("2 3\n"), "p.json:1: error: expected a location and two numbers" + Format);
  EXPECT_EQ(errorOf("a.cpp:1 -2 3\n"),
            "p.json:1: error: COUNT and BYTES must be non-negative integers below 2^64" + Format);
  EXPECT_EQ(errorOf("a.cpp:1 18446744073709551616 3\n"),
            "p.json:1: error: COUNT and BYTES must be non-negative integers below 2^64" + Format);
}

TEST(AllocationProfileTest, EmptyAndCompressedFiles) {
  EXPECT_EQ(errorOf(""), "p.json: error: the allocation profile is empty");
  EXPECT_EQ(errorOf(" \n\t\n"), "p.json: error: the allocation profile is empty");
  EXPECT_EQ(errorOf(std::string("\x1f\x8b\x08\x00", 4)),
            "p.json: error: a compressed file (heaptrack's raw data?) is not an allocation "
            "profile allochunt-report reads: give a DHAT JSON file or the text format "
            "FILE:LINE COUNT BYTES");
}

TEST(AllocationProfileTest, MissingFile) {
  EXPECT_THROW(readAllocationProfile("/nonexistent-allochunt/profile.json"), InputError);
}

TEST(AllocationProfileTest, SaturatingAdd) {
  EXPECT_EQ(saturatingAdd(1, 2), 3U);
  EXPECT_EQ(saturatingAdd(Max, 1), Max);
  EXPECT_EQ(saturatingAdd(Max - 1, 1), Max);
}

} // namespace
} // namespace allochunt::report::test
