// The Bot's follow-ups move the conversation on (bot/chat/bot.cpp): "why?" gives the reason,
// "what about miku?" turns to Miku, nothing said is said again, and the spoiler shield says
// where an answer is hidden instead of shrugging.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <vector>

#include "bot/chat/bot.h"
#include "tests/support/test_bot.h"

namespace lenbot {
namespace {

class BotFollowUpTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir("bot_follow_up");
    bot_ = new Bot(test_bot_options(dir_->path(), true));
  }
  static void TearDownTestSuite() {
    delete bot_;
    delete dir_;
  }

  static ChatReply ask(const std::string& message, const std::string& conversation,
                       std::optional<StoryPart> until = std::nullopt) {
    return bot_->ask({conversation, "tester", message, until});
  }

  static bool cites(const ChatReply& reply, int cite) {
    return std::any_of(reply.sources.begin(), reply.sources.end(), [&](const Source& s) {
      return std::find(s.cite.begin(), s.cite.end(), cite) != s.cite.end();
    });
  }

  // The sentences of a reply long enough to be one of the article's (openers and closers are
  // a few words), without the opener's comma-joined lead-in.
  static std::vector<std::string> long_sentences(const std::string& reply) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= reply.size(); ++i) {
      const bool end =
          i == reply.size() || ((reply[i] == '.' || reply[i] == '!' || reply[i] == '?') &&
                                (i + 1 == reply.size() || reply[i + 1] == ' '));
      if (!end) continue;
      std::string sentence = reply.substr(start, i - start);
      start = i + 1;
      while (!sentence.empty() && sentence.front() == ' ') sentence.erase(0, 1);
      if (sentence.size() >= 40) out.push_back(sentence.substr(sentence.size() - 35));
    }
    return out;
  }

  static inline TempDir* dir_ = nullptr;
  static inline Bot* bot_ = nullptr;
};

TEST_F(BotFollowUpTest, WhyGivesTheReasonNotTheSameSentence) {
  const ChatReply threw = ask("what did you throw at camui", "why-1");
  ASSERT_TRUE(cites(threw, 81)) << threw.reply;
  const ChatReply why = ask("why?", "why-1");
  EXPECT_EQ(why.intent, "fact") << why.reply;
  EXPECT_NE(why.reply.find("startled by Camui's red eyes"), std::string::npos) << why.reply;
  EXPECT_EQ(why.reply.find("pike"), std::string::npos) << "not the throw again: " << why.reply;
  EXPECT_TRUE(cites(why, 81)) << "the clause comes from the same cited sentence";
  for (const auto& said : long_sentences(threw.reply)) {
    EXPECT_EQ(why.reply.find(said), std::string::npos) << why.reply;
  }
}

TEST_F(BotFollowUpTest, WhatAboutMikuTurnsToMiku) {
  const ChatReply threw = ask("what did you throw at camui", "miku-1");
  ASSERT_TRUE(cites(threw, 81)) << threw.reply;
  const ChatReply miku = ask("what about miku?", "miku-1");
  EXPECT_EQ(miku.intent, "fact") << miku.reply;
  EXPECT_NE(miku.reply.find("Miku"), std::string::npos) << miku.reply;
  EXPECT_FALSE(cites(miku, 81)) << miku.reply;
  EXPECT_EQ(miku.reply.find("pike"), std::string::npos) << miku.reply;
}

TEST_F(BotFollowUpTest, AFollowUpNeverRepeatsASentence) {
  const std::vector<std::vector<std::string>> conversations = {
      {"what did you throw at camui", "why?", "why?", "what about miku?", "and then?", "and then?",
       "what about rin?", "why?"},
      {"who is rin to you", "what about miku?", "what about miku?", "and then?", "why?"},
      {"what did you buy at the marketplace?", "and then?", "and then?", "why?", "and then?"},
  };
  int id = 0;
  for (const auto& turns : conversations) {
    const std::string conversation = "repeat-" + std::to_string(id++);
    std::vector<std::string> said;
    for (const auto& message : turns) {
      const ChatReply reply = ask(message, conversation);
      if (reply.intent != "fact") continue;
      if (message != turns.front()) {
        for (const auto& before : said) {
          EXPECT_EQ(reply.reply.find(before), std::string::npos)
              << conversation << " '" << message << "' repeats: " << reply.reply;
        }
      }
      for (auto& sentence : long_sentences(reply.reply)) said.push_back(std::move(sentence));
    }
  }
}

TEST_F(BotFollowUpTest, TheShieldSaysSpoilerInsteadOfNoClue) {
  const ChatReply open = ask("did rin disappear at the end?", "");
  ASSERT_EQ(open.intent, "fact") << open.reply;
  const ChatReply shielded = ask("did rin disappear at the end?", "", StoryPart::kPart1);
  EXPECT_EQ(shielded.intent, "fallback") << shielded.reply;
  EXPECT_TRUE(shielded.sources.empty()) << "sources would give it away";
  EXPECT_NE(shielded.reply.find("spoiler"), std::string::npos) << shielded.reply;
  EXPECT_NE(shielded.reply.find("Part "), std::string::npos) << shielded.reply;
  // Something the whole story does not answer is still a plain "no idea".
  const ChatReply unknown = ask("what is your favourite pizza topping", "", StoryPart::kPart1);
  EXPECT_EQ(unknown.reply.find("spoiler"), std::string::npos) << unknown.reply;
}

}  // namespace
}  // namespace lenbot
