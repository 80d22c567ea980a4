#include "bot/chat/answer_plan.h"

#include <gtest/gtest.h>

namespace lenbot {
namespace {

TEST(AnswerCacheKeyTest, SpellingsAnalysisReadsAlikeShareAKey) {
  const std::string key = answer_cache_key("who is rin to you?", std::nullopt);
  EXPECT_NE(answer_cache_key("Who is RIN to you?", std::nullopt), key) << "case is kept";
  EXPECT_EQ(answer_cache_key("  who  is\trin to\nyou? ", std::nullopt), key);
  EXPECT_NE(answer_cache_key("who is rin to you", std::nullopt), key) << "punctuation is kept";
  EXPECT_NE(answer_cache_key("who is miku to you?", std::nullopt), key);
}

TEST(AnswerCacheKeyTest, TheSpoilerShieldIsPartOfTheKey) {
  const std::string open = answer_cache_key("what did you steal", std::nullopt);
  const std::string part1 = answer_cache_key("what did you steal", StoryPart::kPart1);
  const std::string part2 = answer_cache_key("what did you steal", StoryPart::kPart2);
  EXPECT_NE(open, part1);
  EXPECT_NE(part1, part2);
  EXPECT_NE(answer_cache_key("x", std::nullopt), answer_cache_key("x\n-", std::nullopt));
}

}  // namespace
}  // namespace lenbot
