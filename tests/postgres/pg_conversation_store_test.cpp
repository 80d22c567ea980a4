#include "bot/chat/pg_conversation_store.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "bot/chat/bot.h"
#include "tests/postgres/pg_test_support.h"
#include "tests/support/test_bot.h"

namespace lenbot {
namespace {

TEST(PgConversationStoreTest, RemembersAcrossReplicasUntilItExpires) {
  LENBOT_REQUIRE_POSTGRES();
  PgConversationStore a(replica_pool(), 3600);
  PgConversationStore b(replica_pool(), 3600);
  const std::string id = unique_name("c");
  EXPECT_FALSE(a.load(id, 1000));
  a.save(id, {1, "what did you steal?", {85, 84}, {85, 84, 12}}, 1000);
  const auto loaded = b.load(id, 1010);
  ASSERT_TRUE(loaded);
  EXPECT_EQ(loaded->turn, 1);
  EXPECT_EQ(loaded->last_question, "what did you steal?");
  EXPECT_EQ(loaded->last_facts, (std::vector<int>{85, 84}));
  EXPECT_EQ(loaded->said_facts, (std::vector<int>{85, 84, 12}));
  b.save(id, {2, "why?", {7}, {}}, 1020);
  EXPECT_EQ(a.load(id, 1030)->turn, 2);
  EXPECT_FALSE(a.load(id, 1020 + 3601));  // idle for longer than the time-to-live
}

TEST(PgConversationStoreTest, AChatTurnIsTwoRoundTrips) {
  LENBOT_REQUIRE_POSTGRES();
  auto pool = replica_pool();
  PgConversationStore store(pool, 3600);
  const std::string id = unique_name("c");
  store.save(id, {1, "q", {1}, {}}, 2000);  // the first save also purges: still one statement
  const auto before = pool->round_trips();
  store.load(id, 2001);
  store.save(id, {2, "q", {1}, {}}, 2001);
  EXPECT_EQ(pool->round_trips() - before, 2u);
}

// Every replica purges expired conversations, at most once a minute each, inside a save.
TEST(PgConversationStoreTest, PurgesFromEveryReplicaWithoutTouchingLiveOnes) {
  LENBOT_REQUIRE_POSTGRES();
  PgConversationStore a(replica_pool(), 60);
  PgConversationStore b(replica_pool(), 60);
  PgConversationStore c(replica_pool(), 60);
  const std::string old_id = unique_name("old");
  const std::string live_id = unique_name("live");
  a.save(old_id, {1, "q", {1}, {}}, 10'000);   // a purges (nothing older than 9,940)
  b.save(live_id, {1, "q", {1}, {}}, 10'030);  // b purges (nothing older than 9,970)
  c.save(live_id, {2, "q", {1}, {}}, 10'100);  // c purges: old_id, idle since 10,000
  EXPECT_FALSE(a.load(old_id, 10'000));        // gone, though it would still be fresh then
  const auto live = b.load(live_id, 10'100);
  ASSERT_TRUE(live);
  EXPECT_EQ(live->turn, 2);
}

// The question lands on one replica, its follow-ups on the other.
TEST(PgConversationStoreTest, FollowUpsWorkOnAnotherReplica) {
  LENBOT_REQUIRE_POSTGRES();
  const TempDir dir("pg_follow_up");
  BotOptions options = test_bot_options(dir.path(), false);
  options.conversations = std::make_shared<PgConversationStore>(replica_pool(), 3600);
  Bot first(options);
  options.conversations = std::make_shared<PgConversationStore>(replica_pool(), 3600);
  Bot second(options);
  const std::string id = unique_name("chat");
  const auto cites = [](const ChatReply& reply, int n) {
    return std::any_of(reply.sources.begin(), reply.sources.end(), [n](const Source& s) {
      return std::find(s.cite.begin(), s.cite.end(), n) != s.cite.end();
    });
  };
  const ChatReply question = first.ask({id, "fan", "what did you buy at the marketplace?", {}});
  ASSERT_TRUE(cites(question, 73)) << question.reply;
  const ChatReply source = second.ask({id, "fan", "source?", {}});
  EXPECT_TRUE(cites(source, 73)) << source.reply;
  const ChatReply next = first.ask({id, "fan", "and then?", {}});
  EXPECT_TRUE(cites(next, 74)) << next.reply;
}

}  // namespace
}  // namespace lenbot
