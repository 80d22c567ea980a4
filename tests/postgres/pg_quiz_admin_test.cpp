#include "bot/quiz/pg_quiz_admin.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "bot/chat/pg_conversation_store.h"
#include "bot/quiz/pg_quiz_store.h"
#include "tests/postgres/pg_test_support.h"

namespace lenbot {
namespace {

bool listed(const std::vector<std::string>& channels, const std::string& channel) {
  return std::find(channels.begin(), channels.end(), channel) != channels.end();
}

// Moderation from one replica (or `lenbot admin`) is what every other replica then reads.
TEST(PgQuizAdminTest, ResetsOneChannelsScoresAcrossReplicas) {
  LENBOT_REQUIRE_POSTGRES();
  PgQuizStore replica(replica_pool());
  PgQuizAdmin admin(replica_pool());
  const std::string id = unique_name("chan");
  const std::string other = unique_name("other");
  for (const std::string& channel : {"discord:" + id, "discord:" + other}) {
    replica.start(channel, "ann", StoryPart::kPart4, true);
    const auto s = replica.ask(channel, "ann", "q5-1");
    ASSERT_TRUE(replica.record(channel, "ann", s.current_seq, Outcome::kRight, 10));
  }
  EXPECT_EQ(admin.reset_leaderboard(id), 1);  // the bare id matches "discord:<id>"
  EXPECT_EQ(replica.session("discord:" + id, "ann")->score.points, 0);
  EXPECT_EQ(replica.session("discord:" + other, "ann")->score.points, 10);
}

// A removed user starts from nothing: no session, no conversation, and (what only PostgreSQL
// keeps) no graded-answer rows that would make their next answers count as already given.
TEST(PgQuizAdminTest, RemovedUserStartsAfreshAndTheirNextAnswersCount) {
  LENBOT_REQUIRE_POSTGRES();
  auto pool = replica_pool();
  PgQuizStore quiz(pool);
  PgConversationStore conversations(pool, 3600);
  PgQuizAdmin admin(pool);
  const std::string channel = "discord:" + unique_name("chan");
  const std::string user = unique_name("user");
  quiz.start(channel, user, StoryPart::kPart4, true);
  int seq = quiz.ask(channel, user, "q5-1").current_seq;
  ASSERT_TRUE(quiz.record(channel, user, seq, Outcome::kRight, 10));
  conversations.save("discord:c1:" + user, {1, "who is rin?", {3}, {3}}, 5000);
  conversations.save("discord:c1:someone-else", {1, "who is rin?", {3}, {3}}, 5000);

  EXPECT_GE(admin.remove_user(user), 4);  // session, asked, last, answer, conversation
  EXPECT_FALSE(quiz.session(channel, user));
  EXPECT_FALSE(conversations.load("discord:c1:" + user, 5001));
  EXPECT_TRUE(conversations.load("discord:c1:someone-else", 5001));

  quiz.start(channel, user, StoryPart::kPart4, true);
  seq = quiz.ask(channel, user, "q5-1").current_seq;
  EXPECT_TRUE(quiz.record(channel, user, seq, Outcome::kRight, 10));
  EXPECT_EQ(quiz.session(channel, user)->score.points, 10);
}

TEST(PgQuizAdminTest, BlocksAndUnblocksChannelsOnce) {
  LENBOT_REQUIRE_POSTGRES();
  PgQuizAdmin a(replica_pool());
  PgQuizAdmin b(replica_pool());
  const std::string channel = unique_name("chan");
  EXPECT_TRUE(a.block_channel(channel));
  EXPECT_FALSE(b.block_channel(channel));
  EXPECT_TRUE(listed(b.blocked_channels(), channel));
  EXPECT_TRUE(b.unblock_channel(channel));
  EXPECT_FALSE(a.unblock_channel(channel));
  EXPECT_FALSE(listed(a.blocked_channels(), channel));
}

TEST(PgQuizAdminTest, QuizStatsCountWhatTheStoreRecorded) {
  LENBOT_REQUIRE_POSTGRES();
  auto pool = replica_pool();
  PgQuizStore quiz(pool);
  const QuizStats before = read_quiz_stats(*pool);
  const std::string channel = "discord:" + unique_name("chan");
  quiz.start(channel, "ann", StoryPart::kPart4, true);
  int seq = quiz.ask(channel, "ann", "q5-1").current_seq;
  quiz.record(channel, "ann", seq, Outcome::kRight, 10);
  seq = quiz.ask(channel, "ann", "q5-2").current_seq;
  quiz.record(channel, "ann", seq, Outcome::kWrong, 0);
  quiz.ask(channel, "ann", "q5-3");
  const QuizStats after = read_quiz_stats(*pool);
  EXPECT_EQ(after.players - before.players, 1);
  EXPECT_EQ(after.sessions_active - before.sessions_active, 1);
  EXPECT_EQ(after.questions_asked - before.questions_asked, 3);
  EXPECT_EQ(after.answers_right - before.answers_right, 1);
  EXPECT_EQ(after.answers_wrong - before.answers_wrong, 1);
  EXPECT_EQ(after.skipped - before.skipped, 0);
}

}  // namespace
}  // namespace lenbot
