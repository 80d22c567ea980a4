#include "bot/channels/message_addressing.h"

#include <gtest/gtest.h>

namespace lenbot {
namespace {

TEST(WebhookAddressingTest, AnswersOnlyWhenAddressed) {
  AddressingRules rules;
  rules.bot_user_id = "999";
  struct Case {
    const char* text;
    bool mentioned;
    MessageIntent intent;
    const char* rest;
  };
  const Case cases[] = {
      {"len, who is Rin?", false, MessageIntent::kAsk, "who is Rin?"},
      {"LEN: who is Rin?", false, MessageIntent::kAsk, "who is Rin?"},
      {"  !len   favourite food?  ", false, MessageIntent::kAsk, "favourite food?"},
      {"!Len", false, MessageIntent::kAsk, ""},
      {"!lenny is here", false, MessageIntent::kIgnore, ""},
      {"lenient people", false, MessageIntent::kIgnore, ""},
      {"I like len, a lot", false, MessageIntent::kIgnore, ""},
      {"<@999> what do you sing?", false, MessageIntent::kAsk, "what do you sing?"},
      {"<@!999>, hi", false, MessageIntent::kAsk, "hi"},
      {"hey <@999> hi", false, MessageIntent::kAsk, "hey  hi"},
      {"<@123> not you", false, MessageIntent::kIgnore, ""},
      {"replying to you", true, MessageIntent::kAsk, "replying to you"},
      {"!quiz start part2", false, MessageIntent::kQuiz, "start part2"},
      {"len, !quiz score", false, MessageIntent::kQuiz, "score"},
      {"!quizzes", false, MessageIntent::kIgnore, ""},
      {"", false, MessageIntent::kIgnore, ""},
  };
  for (const auto& c : cases) {
    const AddressedMessage addressed = address_message(c.text, rules, c.mentioned);
    EXPECT_EQ(addressed.intent, c.intent) << c.text;
    EXPECT_EQ(addressed.text, c.rest) << c.text;
  }
}

TEST(WebhookAddressingTest, PrefixesAreConfigurable) {
  AddressingRules rules;
  rules.prefixes = {"hey len"};
  EXPECT_EQ(address_message("Hey Len what's up", rules, false).text, "what's up");
  EXPECT_EQ(address_message("len, hi", rules, false).intent, MessageIntent::kIgnore);
  EXPECT_EQ(address_message("<@999> hi", rules, false).intent, MessageIntent::kIgnore);
}

}  // namespace
}  // namespace lenbot
