#include "bot/chat/bot.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "bot/ingest/article_parser.h"
#include "bot/storage/database.h"
#include "tests/support/test_bot.h"

namespace lenbot {
namespace {

class BotTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir("bot");
    bot_ = new Bot(test_bot_options(dir_->path(), true));
  }
  static void TearDownTestSuite() {
    delete bot_;
    delete dir_;
  }

  static ChatReply ask(const std::string& message, const std::string& conversation = "",
                       std::optional<StoryPart> until = std::nullopt) {
    return bot_->ask({conversation, "tester", message, until});
  }

  static bool cites(const ChatReply& reply, int cite) {
    for (const auto& s : reply.sources) {
      if (std::find(s.cite.begin(), s.cite.end(), cite) != s.cite.end()) return true;
    }
    return false;
  }

  static inline TempDir* dir_ = nullptr;
  static inline Bot* bot_ = nullptr;
};

TEST_F(BotTest, AnswersInFirstPersonWithTheCitedSegment) {
  const ChatReply reply = ask("what did u nick off gackpo after the fight?");
  EXPECT_EQ(reply.intent, "fact");
  ASSERT_FALSE(reply.sources.empty());
  // The theft is told twice: in Part 3 [84] and in the personality section [138].
  EXPECT_TRUE(cites(reply, 84) || cites(reply, 138)) << reply.reply;
  EXPECT_NE(reply.reply.find("Camui's wallet"), std::string::npos) << reply.reply;
  EXPECT_EQ(reply.reply.find("[8"), std::string::npos) << "citation markers stay out";
  EXPECT_EQ(reply.reply.find("[13"), std::string::npos) << "citation markers stay out";
  EXPECT_TRUE(reply.reply.find(" I ") != std::string::npos ||
              reply.reply.find("I stole") != std::string::npos)
      << reply.reply;
  EXPECT_GT(reply.confidence, 0.0);
  EXPECT_LE(reply.confidence, 1.0);
}

TEST_F(BotTest, SmallTalkNeedsNoRetrieval) {
  for (const char* message : {"yo", "how r u", "who are you?", "thanks!", "bye", "ur dumb"}) {
    const ChatReply reply = ask(message);
    EXPECT_EQ(reply.intent, "smalltalk") << message;
    EXPECT_TRUE(reply.sources.empty()) << message;
    EXPECT_FALSE(reply.reply.empty()) << message;
  }
}

TEST_F(BotTest, QuotesAreGivenVerbatim) {
  const ChatReply now = ask("what's your line about protecting the now?");
  EXPECT_NE(
      now.reply.find("Since I've tired of looking at the dream I'll desperately protect the now"),
      std::string::npos)
      << now.reply;
  ASSERT_FALSE(now.sources.empty());
  EXPECT_TRUE(now.sources[0].cite.empty());
  const ChatReply motto = ask("what's your motto?");
  EXPECT_NE(motto.reply.find("I want to become strong"), std::string::npos) << motto.reply;
}

TEST_F(BotTest, UncitedTextAnswersWithItsSectionAndNoCite) {
  const ChatReply reply = ask("have you ever held a gun?");
  ASSERT_FALSE(reply.sources.empty()) << reply.reply;
  EXPECT_EQ(reply.sources[0].section, "Trivia");
  EXPECT_TRUE(reply.sources[0].cite.empty());
  const ChatReply profile = ask("what's your japanese name");
  ASSERT_FALSE(profile.sources.empty()) << profile.reply;
  EXPECT_EQ(profile.sources[0].section, "Profile");
  EXPECT_TRUE(profile.sources[0].cite.empty());
}

TEST_F(BotTest, HostileAndOddInputGetsAReplyNeverAnError) {
  const std::string inputs[] = {
      "\"",
      "*",
      "NEAR(x y)",
      "AND",
      "OR 1=1 --",
      "'; DROP TABLE facts; --",
      "\xF0\x9F\x98\x80\xF0\x9F\x98\x80",
      "\xE9\x8F\xA1\xE9\x9F\xB3\xE3\x83\xAC\xE3\x83\xB3\xE3\x81\xAF\xEF\xBC\x9F",
      "\xff\xfe\xfd\xc3",
      std::string(10240, 'z'),
      "   ",
      ""};
  for (const auto& input : inputs) {
    const ChatReply reply = ask(input);
    EXPECT_FALSE(reply.reply.empty()) << input.substr(0, 20);
    EXPECT_LT(reply.reply.size(), 2000u);
    EXPECT_TRUE(reply.intent == "fallback" || reply.intent == "smalltalk") << input.substr(0, 20);
  }
  // FTS5 syntax around real names is read as words, never as syntax.
  const ChatReply named = ask("NEAR(rin camui) AND \"wallet\"*");
  EXPECT_FALSE(named.reply.empty());
}

TEST_F(BotTest, DeclinesSuggestTwoTopicsHeKnows) {
  const ChatReply reply = ask("what is your favourite pizza topping");
  EXPECT_EQ(reply.intent, "fallback");
  EXPECT_TRUE(reply.sources.empty());
  EXPECT_LT(reply.confidence, 0.5);
}

TEST_F(BotTest, SpoilerShieldKeepsLaterPartsOut) {
  const Article article = load_article(LENBOT_SOURCE_DIR "/corpus/kagamine_len_article.txt");
  const char* questions[] = {"how did you beat camui", "why did you give rin her memories back",
                             "were you a dog",         "what happened in the data world",
                             "who is rin to you",      "what did you steal"};
  for (const char* q : questions) {
    const ChatReply reply = ask(q, "", StoryPart::kPart1);
    for (const auto& source : reply.sources) {
      for (int cite : source.cite) {
        for (const auto& segment : article.segments) {
          if (std::find(segment.cites.begin(), segment.cites.end(), cite) == segment.cites.end()) {
            continue;
          }
          EXPECT_LE(static_cast<int>(segment.revealed), static_cast<int>(StoryPart::kPart1))
              << q << " -> [" << cite << "]";
        }
      }
    }
  }
  // Without the shield the same question reaches Part 3's fight.
  EXPECT_TRUE(cites(ask("what did u throw at camui"), 81));
  EXPECT_FALSE(cites(ask("what did u throw at camui", "", StoryPart::kPart2), 81));
}

TEST_F(BotTest, FollowUpsResolveAgainstTheLastAnswer) {
  const ChatReply first = ask("what did you buy at the marketplace?", "follow-1");
  ASSERT_TRUE(cites(first, 73)) << first.reply;
  const ChatReply source = ask("source?", "follow-1");
  EXPECT_TRUE(cites(source, 73));
  EXPECT_NE(source.reply.find("[73]"), std::string::npos) << source.reply;
  const ChatReply next = ask("and then?", "follow-1");
  EXPECT_TRUE(cites(next, 74)) << next.reply;
  const ChatReply why = ask("why?", "follow-1");
  EXPECT_EQ(why.intent, "fact") << why.reply;

  const ChatReply rin = ask("who is rin to you", "follow-2");
  ASSERT_EQ(rin.sources[0].section, "Kagamine Rin") << rin.reply;
  const ChatReply miku = ask("what about miku?", "follow-2");
  ASSERT_FALSE(miku.sources.empty()) << miku.reply;
  EXPECT_EQ(miku.sources[0].section, "Hatsune Miku") << miku.reply;
  // Without a conversation, "source?" has nothing to point at.
  EXPECT_TRUE(ask("source?").sources.empty());
}

TEST_F(BotTest, RepliesAreStablePerTurnAndVaryAcrossTurns) {
  const ChatReply a = ask("who is rin to you?", "stable-a");
  const ChatReply b = ask("who is rin to you?", "stable-b");
  const ChatReply a_again = bot_->ask({"stable-a-copy", "t", "who is rin to you?", std::nullopt});
  EXPECT_EQ(a.sources[0].cite, b.sources[0].cite);
  // Same conversation id and turn give the same words.
  const ChatReply c1 = bot_->ask({"", "t", "who is rin to you?", std::nullopt});
  const ChatReply c2 = bot_->ask({"", "t", "who is rin to you?", std::nullopt});
  EXPECT_EQ(c1.reply, c2.reply);
  std::set<std::string> openings;
  for (int turn = 0; turn < 8; ++turn) openings.insert(ask("who is rin to you?", "vary").reply);
  EXPECT_GT(openings.size(), 1u) << "turns of one conversation vary";
  (void)a_again;
}

// The command builds the index (prepare_index); a Bot only opens it, so a missing index is a
// start-up error that names the file, never a silent rebuild inside the constructor.
TEST(BotStartTest, OpensButNeverBuildsTheIndex) {
  const TempDir dir("bot_start");
  BotOptions options;
  options.persona_path = LENBOT_SOURCE_DIR "/personas/len.json";
  options.index_path = dir.file("never_built.db");
  options.state_path = "";
  EXPECT_THROW(Bot{options}, StorageError);
  EXPECT_FALSE(std::filesystem::exists(options.index_path));
}

}  // namespace
}  // namespace lenbot
