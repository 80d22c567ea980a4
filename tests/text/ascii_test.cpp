#include "bot/text/ascii.h"

#include <gtest/gtest.h>

namespace lenbot {
namespace {

TEST(AsciiTest, FoldsOnlyAsciiLetters) {
  EXPECT_EQ(ascii_lower("Kagamine LEN 14"), "kagamine len 14");
  EXPECT_EQ(ascii_lower("\xC3\x89T\xC3\x89"), "\xC3\x89t\xC3\x89");  // UTF-8 bytes untouched
  EXPECT_EQ(ascii_lower('Q'), 'q');
  EXPECT_EQ(ascii_upper('q'), 'Q');
  EXPECT_EQ(ascii_upper('-'), '-');
}

TEST(AsciiTest, ComparesIgnoringCase) {
  EXPECT_TRUE(iequals("Content-Type", "content-type"));
  EXPECT_FALSE(iequals("Content-Type", "content-typ"));
  EXPECT_TRUE(istarts_with("@EveryOne hi", "@everyone"));
  EXPECT_FALSE(istarts_with("@every", "@everyone"));
  EXPECT_TRUE(iless("accept", "Content-Type"));
  EXPECT_FALSE(iless("CONTENT-TYPE", "content-type"));
  EXPECT_FALSE(iless("content-type", "CONTENT-TYPE"));
}

TEST(AsciiTest, TrimsAndSeesBlanks) {
  struct Case {
    std::string_view text;
    std::string_view trimmed;
    bool blank;
  };
  const Case cases[] = {
      {"", "", true},    {" \t\r\n\f\v", "", true},       {"  hi there \n", "hi there", false},
      {"x", "x", false}, {"\xC2\xA0", "\xC2\xA0", false},  // no-break space is not ASCII white
                                                           // space
  };
  for (const auto& c : cases) {
    EXPECT_EQ(trim(c.text), c.trimmed) << "[" << c.text << "]";
    EXPECT_EQ(is_blank(c.text), c.blank) << "[" << c.text << "]";
  }
  EXPECT_EQ(trim(",: hi", " ,:"), "hi");
}

}  // namespace
}  // namespace lenbot
