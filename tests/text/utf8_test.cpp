#include "bot/text/utf8.h"

#include <gtest/gtest.h>

namespace lenbot {
namespace {

TEST(Utf8Test, TruncatesToUtf16UnitsOnCharacterBoundaries) {
  struct Case {
    const char* name;
    std::string text;
    std::size_t limit;
    std::string expected;
  };
  const Case cases[] = {
      {"fits", "hello", 5, "hello"},
      {"cut at a word", "hello there world", 14, "hello there\u2026"},
      {"cut mid word when no space", "abcdefgh", 5, "abcd\u2026"},
      {"kana are one unit", "\u93E1\u97F3\u30EC\u30F3", 3, "\u93E1\u97F3\u2026"},
      {"emoji are two units", "\U0001F34C\U0001F34C\U0001F34C", 5, "\U0001F34C\U0001F34C\u2026"},
      {"invalid bytes replaced",
       "a\xff"
       "b",
       10, "a\uFFFDb"},
      {"truncated sequence replaced", "ab\xe3\x83", 10, "ab\uFFFD\uFFFD"},
      {"overlong replaced", "\xc0\xaf", 10, "\uFFFD\uFFFD"},
      {"surrogate replaced", "\xed\xa0\x80", 10, "\uFFFD\uFFFD\uFFFD"},
      {"zero limit", "abc", 0, ""},
      {"sentence end in the later half", "I ran home. Then I won.", 16, "I ran home."},
  };
  for (const auto& c : cases) {
    const std::string out = truncate_text(c.text, c.limit, TextUnit::kUtf16);
    EXPECT_EQ(out, c.expected) << c.name;
    EXPECT_LE(utf16_length(out), c.limit) << c.name;
  }
}

TEST(Utf8Test, TruncatesToBytesAtSentenceThenWordBoundaries) {
  struct Case {
    const char* name;
    std::string text;
    std::size_t limit;
    std::string expected;
  };
  const Case cases[] = {
      {"sentence end", "I ran home. Then I won the fight.", 16, "I ran home."},
      {"word", "I ran through the snow", 20, "I ran through the\u2026"},
      {"fits", "short", 10, "short"},
      {"three-byte kana", "レンレンレン", 7, "レ\u2026"},
      {"comma before the cut dropped", "one two, three four", 13, "one two\u2026"},
      {"too short for the ellipsis", "abcdef", 2, "ab"},
  };
  for (const auto& c : cases) {
    const std::string out = truncate_text(c.text, c.limit, TextUnit::kBytes);
    EXPECT_EQ(out, c.expected) << c.name;
    EXPECT_LE(out.size(), c.limit) << c.name;
  }
}

TEST(Utf8Test, CountsCodePointsAndUtf16Units) {
  EXPECT_EQ(utf8_length("h\xC3\xA9\xE2\x82\xAC"), 3u);
  EXPECT_EQ(utf16_length("h\xC3\xA9\xE2\x82\xAC"), 3u);
  EXPECT_EQ(utf16_length("\U0001F34C"), 2u);
  EXPECT_EQ(utf16_length("a\xff"), 2u);  // an invalid byte is one U+FFFD
  EXPECT_EQ(utf8_length(""), 0u);
}

TEST(Utf8Test, DecodesStrictly) {
  EXPECT_TRUE(next_code_point("\xE3\x83\xAC", 0).valid);
  EXPECT_EQ(next_code_point("\xE3\x83\xAC", 0).bytes, 3u);
  EXPECT_FALSE(next_code_point("\xC0\xAF", 0).valid);          // overlong
  EXPECT_FALSE(next_code_point("\xED\xA0\x80", 0).valid);      // surrogate
  EXPECT_FALSE(next_code_point("\xF4\x90\x80\x80", 0).valid);  // past U+10FFFF
  EXPECT_EQ(next_code_point("\xF0\x9F\x8D\x8C", 0).utf16_units, 2u);
}

}  // namespace
}  // namespace lenbot
