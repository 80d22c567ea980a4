#include "bot/channels/pg_replay_guard.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "tests/postgres/pg_test_support.h"

namespace lenbot {
namespace {

TEST(PgReplayGuardTest, ASignatureIsAcceptedOnceAcrossReplicas) {
  LENBOT_REQUIRE_POSTGRES();
  PgReplayGuard a(replica_pool());
  PgReplayGuard b(replica_pool());
  const std::string sig = unique_name("sig");
  EXPECT_TRUE(a.first_sighting(sig, 1000));
  EXPECT_FALSE(b.first_sighting(sig, 1001));
  EXPECT_FALSE(a.first_sighting(sig, 1002));
}

TEST(PgReplayGuardTest, RacingReplicasAcceptEachSignatureOnce) {
  LENBOT_REQUIRE_POSTGRES();
  PgReplayGuard a(replica_pool());
  PgReplayGuard b(replica_pool());
  std::atomic<int> accepted{0};
  std::vector<std::thread> threads;
  for (PgReplayGuard* guard : {&a, &b, &a, &b}) {
    threads.emplace_back([&, guard] {
      for (int i = 0; i < 30; ++i) {
        if (guard->first_sighting(unique_name(std::to_string(i)), 2000)) ++accepted;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(accepted.load(), 30);
}

TEST(PgReplayGuardTest, ForgetsSignaturesPastTheirMemory) {
  LENBOT_REQUIRE_POSTGRES();
  PgReplayGuard guard(replica_pool());
  const std::string sig = unique_name("sig");
  EXPECT_TRUE(guard.first_sighting(sig, 3000));
  // The first call of a guard purges; this one comes after the memory has run out.
  PgReplayGuard later(replica_pool());
  EXPECT_TRUE(later.first_sighting(unique_name("other"), 3000 + kReplayMemorySeconds + 1));
  EXPECT_TRUE(later.first_sighting(sig, 3000 + kReplayMemorySeconds + 2));
}

}  // namespace
}  // namespace lenbot
