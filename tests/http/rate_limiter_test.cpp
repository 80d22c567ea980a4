#include "bot/http/rate_limiter.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

namespace lenbot {
namespace {

using std::chrono::seconds;

TEST(RateLimiterTest, SpendsTheBurstThenSaysHowLongToWait) {
  RateLimiter limiter(3, seconds(60));  // one token back every 20 s
  const auto t0 = RateLimiter::Clock::now();
  EXPECT_EQ(limiter.acquire("a", t0), 0);
  EXPECT_EQ(limiter.acquire("a", t0), 0);
  EXPECT_EQ(limiter.acquire("a", t0), 0);
  EXPECT_EQ(limiter.acquire("a", t0), 20);
  EXPECT_EQ(limiter.acquire("a", t0 + seconds(15)), 5);
  EXPECT_EQ(limiter.acquire("a", t0 + seconds(20)), 0);
  EXPECT_EQ(limiter.acquire("b", t0), 0) << "keys are independent";
}

TEST(RateLimiterTest, ReconfigureAppliesNewLimitsToEveryKey) {
  RateLimiter limiter(10, seconds(60));
  const auto t0 = RateLimiter::Clock::now();
  EXPECT_EQ(limiter.acquire("a", t0), 0);  // "a" keeps 9 tokens
  limiter.reconfigure(2, seconds(10));     // one token back every 5 s
  EXPECT_EQ(limiter.acquire("a", t0), 0) << "9 tokens shrink to the new capacity of 2";
  EXPECT_EQ(limiter.acquire("a", t0), 0);
  EXPECT_EQ(limiter.acquire("a", t0), 5);
  EXPECT_EQ(limiter.acquire("b", t0), 0);
  EXPECT_EQ(limiter.acquire("b", t0), 0);
  EXPECT_EQ(limiter.acquire("b", t0), 5) << "a new key gets the new capacity";

  limiter.reconfigure(0, seconds(60));
  EXPECT_EQ(limiter.acquire("a", t0), 0) << "0 turns limiting off";
  limiter.reconfigure(1, seconds(60));
  EXPECT_EQ(limiter.acquire("c", t0), 0);
  EXPECT_EQ(limiter.acquire("c", t0), 60) << "and back on";
}

TEST(RateLimiterTest, ZeroCapacityTurnsLimitingOff) {
  RateLimiter limiter(0, seconds(60));
  for (int i = 0; i < 1000; ++i) ASSERT_EQ(limiter.acquire("a"), 0);
  EXPECT_EQ(limiter.tracked_keys(), 0u);
}

TEST(RateLimiterTest, NeverWaitsLessThanASecond) {
  RateLimiter limiter(1000, seconds(1));
  const auto t0 = RateLimiter::Clock::now();
  for (int i = 0; i < 1000; ++i) ASSERT_EQ(limiter.acquire("a", t0), 0);
  EXPECT_EQ(limiter.acquire("a", t0), 1);
}

TEST(RateLimiterTest, ForgetsRefilledKeysSoMemoryStaysBounded) {
  RateLimiter limiter(1, seconds(1));
  const auto t0 = RateLimiter::Clock::now();
  for (int i = 0; i < 10000; ++i) limiter.acquire("k" + std::to_string(i), t0);
  EXPECT_EQ(limiter.tracked_keys(), 10000u);
  limiter.acquire("late", t0 + seconds(5));
  EXPECT_EQ(limiter.tracked_keys(), 1u);
}

TEST(RateLimiterTest, GrantsExactlyTheCapacityAcrossThreads) {
  RateLimiter limiter(100, seconds(3600));
  std::atomic<int> granted{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 50; ++i) granted += limiter.acquire("shared") == 0 ? 1 : 0;
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(granted, 100);
}

}  // namespace
}  // namespace lenbot
