#include "bot/chat/conversation_store.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "tests/support/temp_dir.h"

namespace lenbot {
namespace {

class ConversationStoreTest : public ::testing::Test {
 protected:
  TempDir dir_{"conversations"};
  std::filesystem::path path_ = dir_.path() / "state.db";
};

TEST_F(ConversationStoreTest, RemembersTheLastTurnUntilItExpires) {
  SqliteConversationStore store(path_.string(), 3600);
  EXPECT_FALSE(store.load("a", 1000));
  store.save("a", {3, "what did you steal", {85, 84}, {}}, 1000);
  const auto loaded = store.load("a", 1000 + 3600);
  ASSERT_TRUE(loaded);
  EXPECT_EQ(loaded->turn, 3);
  EXPECT_EQ(loaded->last_question, "what did you steal");
  EXPECT_EQ(loaded->last_facts, (std::vector<int>{85, 84}));
  EXPECT_FALSE(store.load("a", 1000 + 3601)) << "idle longer than the time-to-live";
  EXPECT_FALSE(store.load("b", 1000));
}

TEST_F(ConversationStoreTest, RemembersEverySentenceSaid) {
  SqliteConversationStore store(path_.string(), 3600);
  ConversationState state{2, "what did you throw at camui", {81}, {}};
  remember_said(state, {80, 81});
  remember_said(state, {81, 82});
  EXPECT_EQ(state.said_facts, (std::vector<int>{80, 81, 82})) << "each once, oldest first";
  EXPECT_TRUE(was_said(state, 82));
  EXPECT_FALSE(was_said(state, 83));
  store.save("a", state, 1000);
  EXPECT_EQ(store.load("a", 1000)->said_facts, (std::vector<int>{80, 81, 82}));

  std::vector<int> many;
  for (int id = 1; id <= static_cast<int>(kMaxSaidFacts) + 10; ++id) many.push_back(id);
  remember_said(state, many);
  ASSERT_EQ(state.said_facts.size(), kMaxSaidFacts);
  EXPECT_EQ(state.said_facts.back(), many.back());
  EXPECT_FALSE(was_said(state, 1)) << "the oldest go first";
}

TEST_F(ConversationStoreTest, AStateFileFromBeforeSaidFactsGetsTheColumn) {
  {
    Database db(path_.string());
    db.exec(
        "CREATE TABLE conversations(id TEXT PRIMARY KEY, turn INTEGER NOT NULL, last_question "
        "TEXT NOT NULL, last_facts TEXT NOT NULL, updated_at INTEGER NOT NULL);"
        "INSERT INTO conversations VALUES ('old', 4, 'who is rin to you', '[170]', 5000);");
  }
  SqliteConversationStore store(path_.string(), 3600);
  const auto old = store.load("old", 5000);
  ASSERT_TRUE(old);
  EXPECT_EQ(old->last_facts, std::vector<int>{170});
  EXPECT_TRUE(old->said_facts.empty());
  store.save("old", {5, "why", {171}, {170, 171}}, 5001);
  EXPECT_EQ(store.load("old", 5001)->said_facts, (std::vector<int>{170, 171}));
  SqliteConversationStore again(path_.string(), 3600);  // the column is added once
  EXPECT_EQ(again.load("old", 5001)->turn, 5);
}

TEST_F(ConversationStoreTest, SurvivesAReopen) {
  {
    SqliteConversationStore store(path_.string(), 3600);
    store.save("a", {1, "who is rin to you", {170}, {}}, 5000);
  }
  SqliteConversationStore reopened(path_.string(), 3600);
  ASSERT_TRUE(reopened.load("a", 5001));
  EXPECT_EQ(reopened.load("a", 5001)->last_facts, std::vector<int>{170});
}

TEST_F(ConversationStoreTest, ReadsStoredFactListsAndSkipsWhatIsNotAnInteger) {
  SqliteConversationStore store(path_.string(), 3600);
  store.save("a", {1, "q", {}, {}}, 5000);
  EXPECT_TRUE(store.load("a", 5000)->last_facts.empty());
  {
    // A row as an older build or a hand edit may have left it.
    Database db(path_.string());
    db.exec(R"(UPDATE conversations SET last_facts = '[ 12, 2.5, "x", -3 ,7]' WHERE id = 'a')");
  }
  EXPECT_EQ(store.load("a", 5000)->last_facts, (std::vector<int>{12, -3, 7}));
}

TEST_F(ConversationStoreTest, AnOlderDatabaseLosesItsUpdatedAtIndex) {
  {
    Database db(path_.string());
    db.exec(
        "CREATE TABLE conversations(id TEXT PRIMARY KEY, turn INTEGER NOT NULL, last_question "
        "TEXT NOT NULL, last_facts TEXT NOT NULL, updated_at INTEGER NOT NULL);"
        "CREATE INDEX conversations_updated ON conversations(updated_at);"
        "INSERT INTO conversations VALUES ('old', 4, 'who is rin', '[170]', 5000);");
  }
  SqliteConversationStore store(path_.string(), 3600);
  EXPECT_EQ(store.load("old", 5000)->last_facts, std::vector<int>{170});
  Database db(path_.string());
  auto index =
      db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'conversations_updated'");
  ASSERT_TRUE(index.step());
  EXPECT_EQ(index.column_int(0), 0);
}

// The Bot's worker threads share one store: pooled connections, and the once-a-minute purge
// decided by a compare-and-swap. Run under ThreadSanitizer by scripts/check_sanitizers.sh.
TEST_F(ConversationStoreTest, ConcurrentTurnsKeepEveryConversation) {
  SqliteConversationStore store(path_.string(), 3600);
  constexpr int kThreads = 6;
  constexpr int kTurns = 20;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&store, t] {
      const std::string id = "c" + std::to_string(t);
      for (int turn = 1; turn <= kTurns; ++turn) {
        const std::int64_t now = 1000 + 30 * turn;  // crosses the purge interval often
        ConversationState state = store.load(id, now).value_or(ConversationState{});
        ++state.turn;
        state.last_question = "question " + std::to_string(turn);
        state.last_facts = {t, turn};
        store.save(id, state, now);
      }
    });
  }
  for (auto& thread : threads) thread.join();
  for (int t = 0; t < kThreads; ++t) {
    const auto loaded = store.load("c" + std::to_string(t), 1000 + 30 * kTurns);
    ASSERT_TRUE(loaded) << "conversation c" << t;
    EXPECT_EQ(loaded->turn, kTurns) << "conversation c" << t;
    EXPECT_EQ(loaded->last_facts, (std::vector<int>{t, kTurns})) << "conversation c" << t;
  }
}

TEST_F(ConversationStoreTest, AnUnopenablePathFailsAtStartUp) {
  EXPECT_THROW(SqliteConversationStore("/nonexistent-dir/x/state.db", 60), StorageError);
}

}  // namespace
}  // namespace lenbot
