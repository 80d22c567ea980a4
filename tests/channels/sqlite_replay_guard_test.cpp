#include "bot/channels/sqlite_replay_guard.h"

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <thread>
#include <vector>

#include "tests/support/test_bot.h"

namespace lenbot {
namespace {

class SqliteReplayGuardTest : public ::testing::Test {
 protected:
  TempDir dir_{"replay_guard"};
  std::string path_ = dir_.file("state.db");
};

TEST_F(SqliteReplayGuardTest, ASignatureIsFirstOnceAndForgottenAfterItsMemory) {
  SqliteReplayGuard guard(path_);
  EXPECT_TRUE(guard.first_sighting("aa", 1000));
  EXPECT_FALSE(guard.first_sighting("aa", 1001));
  EXPECT_TRUE(guard.first_sighting("bb", 1001));
  // Another process (another guard on the same file) sees the same ledger.
  SqliteReplayGuard other(path_);
  EXPECT_FALSE(other.first_sighting("bb", 1002));
  // Once past its memory the row is purged (at most once a minute), and then it is new again;
  // by then the freshness check refuses the request anyway.
  EXPECT_TRUE(guard.first_sighting("cc", 1000 + kReplayMemorySeconds + 61));
  EXPECT_TRUE(guard.first_sighting("aa", 1000 + kReplayMemorySeconds + 62));
}

TEST_F(SqliteReplayGuardTest, RacingThreadsAcceptASignatureOnce) {
  SqliteReplayGuard guard(path_);
  std::atomic<int> accepted{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 25; ++i) {
        if (guard.first_sighting("sig" + std::to_string(i), 5000)) ++accepted;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(accepted.load(), 25);
}

TEST_F(SqliteReplayGuardTest, AnUnopenablePathFailsAtConstruction) {
  EXPECT_THROW(SqliteReplayGuard("/nonexistent-dir/x/state.db"), StorageError);
}

}  // namespace
}  // namespace lenbot
