// The Bot's reply cache changes no reply: a cached Bot and one without a cache, asked the same
// turns, say the same words; follow-ups still resolve against each conversation.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "bot/chat/bot.h"
#include "tests/support/test_bot.h"

namespace lenbot {
namespace {

class BotReplyCacheTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir("bot_reply_cache");
    std::filesystem::create_directories(dir_->path() / "cached");
    std::filesystem::create_directories(dir_->path() / "uncached");
    BotOptions cached = test_bot_options(dir_->path() / "cached", true);
    cached.reply_cache_size = 64;
    cached_ = new Bot(cached);
    BotOptions uncached = test_bot_options(dir_->path() / "uncached", true);
    uncached.reply_cache_size = 0;
    uncached_ = new Bot(uncached);
  }
  static void TearDownTestSuite() {
    delete cached_;
    delete uncached_;
    delete dir_;
  }

  // Asks both Bots and expects the same reply; returns the cached Bot's.
  static ChatReply ask_both(const std::string& message, const std::string& conversation,
                            std::optional<StoryPart> until = std::nullopt) {
    const ChatRequest request{conversation, "tester", message, until};
    ChatReply cached = cached_->ask(request);
    const ChatReply uncached = uncached_->ask(request);
    EXPECT_EQ(cached.reply, uncached.reply) << message;
    EXPECT_EQ(cached.intent, uncached.intent) << message;
    EXPECT_DOUBLE_EQ(cached.confidence, uncached.confidence) << message;
    EXPECT_EQ(cached.sources.size(), uncached.sources.size()) << message;
    for (std::size_t i = 0; i < cached.sources.size() && i < uncached.sources.size(); ++i) {
      EXPECT_EQ(cached.sources[i].cite, uncached.sources[i].cite) << message;
      EXPECT_EQ(cached.sources[i].text, uncached.sources[i].text) << message;
    }
    return cached;
  }

  static bool cites(const ChatReply& reply, int cite) {
    for (const auto& s : reply.sources) {
      if (std::find(s.cite.begin(), s.cite.end(), cite) != s.cite.end()) return true;
    }
    return false;
  }

  static inline TempDir* dir_ = nullptr;
  static inline Bot* cached_ = nullptr;
  static inline Bot* uncached_ = nullptr;
};

TEST_F(BotReplyCacheTest, ARepeatedQuestionIsAHitWithTheSameReplyForItsTurn) {
  const CacheStats before = cached_->reply_cache_stats();
  const ChatReply first = ask_both("what did you buy at the marketplace?", "repeat-a");
  const ChatReply again = ask_both("what did you buy at the  marketplace?", "repeat-b");
  const CacheStats after = cached_->reply_cache_stats();
  EXPECT_EQ(after.misses - before.misses, 1u);
  EXPECT_EQ(after.hits - before.hits, 1u);
  EXPECT_TRUE(cites(first, 73)) << first.reply;
  // Same conversation turn (the first of each), same seed: the same words.
  EXPECT_EQ(first.sources[0].cite, again.sources[0].cite);
  const ChatReply same_turn =
      cached_->ask({"repeat-c", "t", "what did you buy at the marketplace?", std::nullopt});
  const ChatReply fresh_turn =
      uncached_->ask({"repeat-c", "t", "what did you buy at the marketplace?", std::nullopt});
  EXPECT_EQ(same_turn.reply, fresh_turn.reply);
}

TEST_F(BotReplyCacheTest, LaterTurnsOfACachedQuestionStillVary) {
  std::set<std::string> replies;
  for (int turn = 0; turn < 8; ++turn) replies.insert(ask_both("who is rin to you?", "vary").reply);
  EXPECT_GT(replies.size(), 1u);
}

TEST_F(BotReplyCacheTest, FollowUpsResolveAgainstEachConversationAndAreNotLookedUp) {
  ask_both("what did you buy at the marketplace?", "follow-warm");  // cached now
  const ChatReply bought = ask_both("what did you buy at the marketplace?", "follow-1");
  ASSERT_TRUE(cites(bought, 73)) << bought.reply;
  const ChatReply rin = ask_both("who is rin to you", "follow-2");

  const CacheStats before = cached_->reply_cache_stats();
  const ChatReply source = ask_both("source?", "follow-1");
  EXPECT_TRUE(cites(source, 73)) << source.reply;
  const ChatReply next = ask_both("and then?", "follow-1");
  EXPECT_TRUE(cites(next, 74)) << next.reply;
  const ChatReply why = ask_both("why?", "follow-1");
  EXPECT_EQ(why.intent, "fact") << why.reply;
  const ChatReply miku = ask_both("what about miku?", "follow-2");
  ASSERT_FALSE(miku.sources.empty()) << miku.reply;
  EXPECT_EQ(miku.sources[0].section, "Hatsune Miku") << miku.reply;
  // "source?" in the Rin conversation points at Miku's answer, not the marketplace.
  const ChatReply miku_source = ask_both("source?", "follow-2");
  EXPECT_FALSE(cites(miku_source, 73)) << miku_source.reply;
  const CacheStats after = cached_->reply_cache_stats();
  EXPECT_EQ(after.hits + after.misses, before.hits + before.misses) << "follow-ups bypass it";
  (void)rin;
}

TEST_F(BotReplyCacheTest, SpoilerShieldAnswersAreKeptApart) {
  const ChatReply open = ask_both("what did u throw at camui", "");
  EXPECT_TRUE(cites(open, 81)) << open.reply;
  const ChatReply shielded = ask_both("what did u throw at camui", "", StoryPart::kPart2);
  EXPECT_FALSE(cites(shielded, 81)) << shielded.reply;
  // And the other way round, with both cached now.
  EXPECT_FALSE(cites(ask_both("what did u throw at camui", "", StoryPart::kPart2), 81));
  EXPECT_TRUE(cites(ask_both("what did u throw at camui", ""), 81));
}

TEST_F(BotReplyCacheTest, DeclinesAndQuotesComeBackTheSame) {
  for (int round = 0; round < 2; ++round) {
    EXPECT_EQ(ask_both("what is your favourite pizza topping", "decline").intent, "fallback");
    ask_both("what's your motto?", "quote");
    ask_both("", "blank");
    ask_both("yo", "smalltalk");
  }
}

TEST_F(BotReplyCacheTest, TheCacheStaysWithinItsSize) {
  for (int i = 0; i < 100; ++i) ask_both("who is rin to you " + std::to_string(i), "");
  const CacheStats stats = cached_->reply_cache_stats();
  EXPECT_EQ(stats.capacity, 64u);
  EXPECT_LE(stats.entries, 64u);
  EXPECT_GT(stats.evictions, 0u);
  EXPECT_EQ(uncached_->reply_cache_stats().entries, 0u);
}

}  // namespace
}  // namespace lenbot
