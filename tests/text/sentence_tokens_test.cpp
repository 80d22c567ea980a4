#include "bot/text/sentence_tokens.h"

#include <gtest/gtest.h>

namespace lenbot {
namespace {

TEST(SentenceTokensTest, KeepsOffsetsPossessivesAndJoins) {
  const std::string text = "Len stole Camui's wallet,  then ran.";
  const auto tokens = sentence_tokens(text);
  ASSERT_EQ(tokens.size(), 6u);
  EXPECT_EQ(tokens[2].word, "Camui");
  EXPECT_TRUE(tokens[2].possessive);
  EXPECT_EQ(text.substr(tokens[2].begin, tokens[2].end - tokens[2].begin), "Camui's");
  EXPECT_TRUE(tokens[1].joined);
  EXPECT_FALSE(tokens[4].joined);  // two spaces before "then"
  EXPECT_FALSE(tokens[0].joined);
}

TEST(SentenceTokensTest, KeepsInnerHyphensAndApostrophes) {
  const auto tokens = sentence_tokens("Abe-san didn't - go");
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].word, "Abe-san");
  EXPECT_EQ(tokens[1].word, "didn't");
  EXPECT_EQ(tokens[2].word, "go");
}

}  // namespace
}  // namespace lenbot
