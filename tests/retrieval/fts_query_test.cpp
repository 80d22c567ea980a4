#include "bot/retrieval/fts_query.h"

#include <gtest/gtest.h>

namespace lenbot {
namespace {

TEST(FtsQueryTest, WordsBecomeQuotedTokensJoinedWithOr) {
  struct Case {
    std::vector<std::string> words;
    std::string expected;
  };
  const Case cases[] = {
      {{}, ""},
      {{""}, ""},
      {{"pike"}, "\"pike\""},
      {{"steal", "wallet"}, "\"steal\" OR \"wallet\""},
      {{"steal", "steal"}, "\"steal\""},
      {{"NEAR(", "*", "OR"}, "\"NEAR(\" OR \"*\" OR \"OR\""},
      {{"a\"b"}, "\"a\"\"b\""},
      {{"\"", "1=1 --"}, "\"\"\"\" OR \"1=1 --\""},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(build_match_expression(c.words), c.expected) << ::testing::PrintToString(c.words);
  }
}

}  // namespace
}  // namespace lenbot
