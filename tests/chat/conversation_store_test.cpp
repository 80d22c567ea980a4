#include "bot/chat/conversation_store.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

namespace lenbot {
namespace {

class ConversationStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = std::filesystem::temp_directory_path() /
            ("lenbot_conversations_" + std::to_string(::getpid()) + ".db");
    std::filesystem::remove(path_);
  }
  void TearDown() override {
    for (const char* suffix : {"", "-wal", "-shm"}) {
      std::filesystem::remove(path_.string() + suffix);
    }
  }
  std::filesystem::path path_;
};

TEST_F(ConversationStoreTest, RemembersTheLastTurnUntilItExpires) {
  SqliteConversationStore store(path_.string(), 3600);
  EXPECT_FALSE(store.load("a", 1000));
  store.save("a", {3, "what did you steal", {85, 84}}, 1000);
  const auto loaded = store.load("a", 1000 + 3600);
  ASSERT_TRUE(loaded);
  EXPECT_EQ(loaded->turn, 3);
  EXPECT_EQ(loaded->last_question, "what did you steal");
  EXPECT_EQ(loaded->last_facts, (std::vector<int>{85, 84}));
  EXPECT_FALSE(store.load("a", 1000 + 3601)) << "idle longer than the time-to-live";
  EXPECT_FALSE(store.load("b", 1000));
}

TEST_F(ConversationStoreTest, SurvivesAReopen) {
  {
    SqliteConversationStore store(path_.string(), 3600);
    store.save("a", {1, "who is rin to you", {170}}, 5000);
  }
  SqliteConversationStore reopened(path_.string(), 3600);
  ASSERT_TRUE(reopened.load("a", 5001));
  EXPECT_EQ(reopened.load("a", 5001)->last_facts, std::vector<int>{170});
}

TEST_F(ConversationStoreTest, AnUnopenablePathFailsAtStartUp) {
  EXPECT_THROW(SqliteConversationStore("/nonexistent-dir/x/state.db", 60), StorageError);
}

}  // namespace
}  // namespace lenbot
