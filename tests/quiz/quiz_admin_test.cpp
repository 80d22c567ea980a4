#include "bot/quiz/quiz_admin.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "bot/chat/conversation_store.h"
#include "bot/quiz/channel_blocklist.h"
#include "bot/quiz/sqlite_quiz_store.h"
#include "tests/quiz/quiz_test_support.h"

namespace lenbot {
namespace {

using testing::TempDb;

constexpr std::int64_t kNow = 1'700'000'000;

// Two channels with two players each, one right answer apiece.
void play(const std::string& path) {
  SqliteQuizStore store(path);
  for (const char* channel : {"discord:100", "discord:200"}) {
    for (const char* user : {"111", "222"}) {
      store.start(channel, user, StoryPart::kPart4, true);
      const auto session = store.ask(channel, user, "q1");
      store.record(channel, user, session.current_seq, Outcome::kRight, 10);
    }
  }
}

TEST(QuizAdminTest, ResetLeaderboardZeroesOneChannelOrAll) {
  TempDb db("admin_reset");
  play(db.path());
  QuizAdmin admin(db.path());
  EXPECT_EQ(admin.reset_leaderboard("100"), 2);  // the bare id matches "discord:100"
  SqliteQuizStore store(db.path());
  EXPECT_EQ(store.session("discord:100", "111")->score.points, 0);
  EXPECT_EQ(store.session("discord:200", "111")->score.points, 10);
  EXPECT_TRUE(store.session("discord:100", "111")->active) << "sessions keep running";
  EXPECT_EQ(admin.reset_leaderboard(""), 4);
  EXPECT_EQ(store.session("discord:200", "222")->score.points, 0);
  EXPECT_EQ(admin.reset_leaderboard("999"), 0);
}

TEST(QuizAdminTest, RemoveUserDeletesTheirQuizAndConversationsOnly) {
  TempDb db("admin_remove");
  play(db.path());
  {
    SqliteConversationStore conversations(db.path(), 3600);
    conversations.save("discord:100:111", ConversationState{}, kNow);
    conversations.save("discord:100:222", ConversationState{}, kNow);
  }
  QuizAdmin admin(db.path());
  EXPECT_GT(admin.remove_user("111"), 0);
  SqliteQuizStore store(db.path());
  EXPECT_FALSE(store.session("discord:100", "111"));
  EXPECT_FALSE(store.session("discord:200", "111"));
  EXPECT_TRUE(store.history("discord:100", "111").empty());
  EXPECT_TRUE(store.session("discord:100", "222"));
  SqliteConversationStore conversations(db.path(), 3600);
  EXPECT_FALSE(conversations.load("discord:100:111", kNow));
  EXPECT_TRUE(conversations.load("discord:100:222", kNow));
  EXPECT_EQ(admin.remove_user("111"), 0);
}

TEST(QuizAdminTest, BlockedChannelsAreListedAndSeenByTheBlocklist) {
  TempDb db("admin_block");
  QuizAdmin admin(db.path());
  ChannelBlocklist blocklist(db.path(), std::chrono::seconds(3600));
  EXPECT_FALSE(blocklist.blocked("100"));
  EXPECT_TRUE(admin.block_channel("100"));
  EXPECT_FALSE(admin.block_channel("100"));
  EXPECT_FALSE(blocklist.blocked("100")) << "cached until the refresh";
  blocklist.invalidate();
  EXPECT_TRUE(blocklist.blocked("100"));
  EXPECT_FALSE(blocklist.blocked("200"));
  EXPECT_EQ(admin.blocked_channels(), (std::vector<std::string>{"100"}));
  EXPECT_TRUE(admin.unblock_channel("100"));
  EXPECT_FALSE(admin.unblock_channel("100"));
  EXPECT_TRUE(admin.blocked_channels().empty());
}

TEST(QuizAdminTest, AnEmptyStatePathBlocksNothing) {
  ChannelBlocklist none("");
  EXPECT_FALSE(none.blocked("100"));
}

}  // namespace
}  // namespace lenbot
