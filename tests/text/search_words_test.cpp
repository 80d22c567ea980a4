#include "bot/text/search_words.h"

#include <gtest/gtest.h>

#include "bot/text/stop_words.h"

namespace lenbot {
namespace {

TEST(SearchWordsTest, SplitsIntoLowercaseAsciiWords) {
  struct Case {
    std::string_view text;
    std::vector<std::string> words;
  };
  const Case cases[] = {
      {"Why did Len's  sister CRY?", {"why", "did", "len", "sister", "cry"}},
      {"didn't", {"didnt"}},
      {"I\xE2\x80\x99"
       "d go",
       {"i", "go"}},
      {"\xE9\x8F\xA1\xE9\x9F\xB3 len \xF0\x9F\x8D\x8C", {"len"}},
      {"a\xff"
       "b",
       {"a", "b"}},
      {"", {}},
  };
  for (const auto& c : cases) EXPECT_EQ(tokenize(c.text), c.words) << c.text;
}

TEST(SearchWordsTest, StopWordsAndFunctionWordsAreDistinctLists) {
  EXPECT_TRUE(is_stop_word("the"));
  EXPECT_TRUE(is_stop_word("bruh"));  // chat filler: a stop word only
  EXPECT_FALSE(is_function_word("bruh"));
  EXPECT_TRUE(is_function_word("whether"));  // English function word WordNet must not expand
  EXPECT_FALSE(is_stop_word("whether"));
  EXPECT_FALSE(is_stop_word("wallet"));
  EXPECT_FALSE(is_function_word("wallet"));
}

}  // namespace
}  // namespace lenbot
