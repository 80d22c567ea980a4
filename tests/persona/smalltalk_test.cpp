#include "bot/persona/smalltalk.h"

#include <gtest/gtest.h>

#include <string>

namespace lenbot {
namespace {

TEST(SmallTalkTest, ClassifiesPureSmallTalk) {
  struct Case {
    const char* message;
    const char* category;
  };
  const Case cases[] = {
      {"yo", "greeting"},
      {"hi len!", "greeting"},
      {"Hey there Len", "greeting"},
      {"good morning!!", "greeting"},
      {"len?", "greeting"},
      {"how are you", "how_are_you"},
      {"how r u", "how_are_you"},
      {"How are you doing today, Len?", "how_are_you"},
      {"hi len, how are you?", "how_are_you"},
      {"what's up", "how_are_you"},
      {"sup bro", "how_are_you"},
      {"who are you?", "who_are_you"},
      {"who r u", "who_are_you"},
      {"yo who is this", "who_are_you"},
      {"what's your name?", "who_are_you"},
      {"thanks", "thanks"},
      {"ty", "thanks"},
      {"Thank you so much, Len!", "thanks"},
      {"ok thx", "thanks"},
      {"bye", "bye"},
      {"cya", "bye"},
      {"see ya later len", "bye"},
      {"gtg, bye!", "bye"},
      {"you suck", "insult"},
      {"ur dumb", "insult"},
      {"you're so stupid", "insult"},
      {"shut up len", "insult"},
      {"lol you suck", "insult"},
      {"you're the best", "compliment"},
      {"ur so cool", "compliment"},
      {"i love you len", "affection"},
      {"sorry", "sorry"},
      {"my bad", "sorry"},
      {"lol", "laugh"},
      {"hahaha", "laugh"},
      {"hi 😀", "greeting"},
      {"  THANKS!!!  ", "thanks"},
  };
  for (const auto& c : cases) {
    const auto got = classify_smalltalk(c.message);
    ASSERT_TRUE(got.has_value()) << c.message;
    EXPECT_EQ(*got, c.category) << c.message;
  }
}

TEST(SmallTalkTest, LeavesRealQuestionsAlone) {
  const char* questions[] = {
      "who are you to rin?",
      "how are you and rin doing after part 4",
      "hi len why did you steal the wallet",
      "thanks, but why did you throw the pike?",
      "yo what happened at the racetrack",
      "who is camui",
      "are you rin's brother",
      "you are the dog?",
      "what did you think of miku",
      "bye the way what was in the wallet",
      "hello, did you love rin",
      "",
      "   ",
      "!!!",
      "you",
      "you are",
      "???",
  };
  for (const char* question : questions) {
    EXPECT_EQ(classify_smalltalk(question), std::nullopt) << question;
  }
}

TEST(SmallTalkTest, SurvivesAnyBytes) {
  std::string noise;
  for (int i = 0; i < 256; ++i) noise += static_cast<char>(i);
  EXPECT_NO_THROW(classify_smalltalk(noise));
  EXPECT_EQ(classify_smalltalk(std::string(10 * 1024, 'a')), std::nullopt);
  EXPECT_EQ(classify_smalltalk(std::string(10 * 1024, '\xff')), std::nullopt);
  EXPECT_EQ(classify_smalltalk("hi\xc3\x28 len"), "greeting");  // invalid UTF-8 between words
  EXPECT_EQ(classify_smalltalk(std::string("hi\0len", 6)), "greeting");
  EXPECT_EQ(classify_smalltalk("\xf0\x9f\x8d\xab\xf0\x9f\x8d\xab"), std::nullopt);  // only emoji
}

}  // namespace
}  // namespace lenbot
