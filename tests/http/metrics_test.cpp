#include "bot/http/metrics.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

namespace lenbot {
namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(MetricsTest, RendersTheReplyCacheWhenWatched) {
  Metrics metrics;
  EXPECT_FALSE(contains(metrics.render(), "lenbot_reply_cache"));
  metrics.watch_reply_cache([] { return CacheStats{7, 3, 1, 5, 1024}; });
  const std::string text = metrics.render();
  EXPECT_TRUE(contains(text, "# TYPE lenbot_reply_cache_lookups_total counter\n"));
  EXPECT_TRUE(contains(text, "lenbot_reply_cache_lookups_total{result=\"hit\"} 7\n"));
  EXPECT_TRUE(contains(text, "lenbot_reply_cache_lookups_total{result=\"miss\"} 3\n"));
  EXPECT_TRUE(contains(text, "lenbot_reply_cache_evictions_total 1\n"));
  EXPECT_TRUE(contains(text, "lenbot_reply_cache_entries 5\n"));
  EXPECT_TRUE(contains(text, "lenbot_reply_cache_capacity 1024\n"));
}

TEST(MetricsTest, RendersTheQuizWhenWatched) {
  Metrics metrics;
  EXPECT_FALSE(contains(metrics.render(), "lenbot_quiz"));
  metrics.watch_quiz([] { return QuizStats{2, 5, 20, 11, 6, 2}; });
  const std::string text = metrics.render();
  EXPECT_TRUE(contains(text, "# TYPE lenbot_quiz_sessions gauge\n"));
  EXPECT_TRUE(contains(text, "lenbot_quiz_sessions{state=\"all\"} 5\n"));
  EXPECT_TRUE(contains(text, "lenbot_quiz_sessions{state=\"active\"} 2\n"));
  EXPECT_TRUE(contains(text, "lenbot_quiz_questions{outcome=\"right\"} 11\n"));
  EXPECT_TRUE(contains(text, "lenbot_quiz_questions{outcome=\"wrong\"} 6\n"));
  EXPECT_TRUE(contains(text, "lenbot_quiz_questions{outcome=\"skipped\"} 2\n"));
  EXPECT_TRUE(contains(text, "lenbot_quiz_questions{outcome=\"pending\"} 1\n"));
}

TEST(MetricsTest, RendersCountersAndACumulativeHistogram) {
  Metrics metrics;
  metrics.count_request("/api/chat", 200);
  metrics.count_request("/api/chat", 200);
  metrics.count_request("other", 404);
  metrics.observe_reply(std::chrono::microseconds(700), "fact");
  metrics.observe_reply(std::chrono::milliseconds(30), "fallback");
  metrics.observe_reply(std::chrono::seconds(10), "fallback");

  EXPECT_EQ(metrics.requests("/api/chat", 200), 2u);
  EXPECT_EQ(metrics.requests("/api/chat", 500), 0u);
  EXPECT_EQ(metrics.fallbacks(), 2u);
  const std::string text = metrics.render();
  EXPECT_TRUE(contains(text, "# TYPE lenbot_http_requests_total counter\n"));
  EXPECT_TRUE(contains(text, "lenbot_http_requests_total{route=\"/api/chat\",status=\"200\"} 2\n"));
  EXPECT_TRUE(contains(text, "lenbot_http_requests_total{route=\"other\",status=\"404\"} 1\n"));
  EXPECT_TRUE(contains(text, "# TYPE lenbot_chat_reply_seconds histogram\n"));
  EXPECT_TRUE(contains(text, "lenbot_chat_reply_seconds_bucket{le=\"0.0005\"} 0\n"));
  EXPECT_TRUE(contains(text, "lenbot_chat_reply_seconds_bucket{le=\"0.001\"} 1\n"));
  EXPECT_TRUE(contains(text, "lenbot_chat_reply_seconds_bucket{le=\"0.05\"} 2\n"));
  EXPECT_TRUE(contains(text, "lenbot_chat_reply_seconds_bucket{le=\"2.5\"} 2\n"));
  EXPECT_TRUE(contains(text, "lenbot_chat_reply_seconds_bucket{le=\"+Inf\"} 3\n"));
  EXPECT_TRUE(contains(text, "lenbot_chat_reply_seconds_count 3\n"));
  EXPECT_TRUE(contains(text, "lenbot_chat_replies_total{intent=\"fallback\"} 2\n"));
  EXPECT_TRUE(contains(text, "lenbot_chat_fallback_total 2\n"));
}

// Every server worker thread counts into one Metrics while /metrics renders it.
TEST(MetricsTest, CountsFromManyThreadsWhileRendering) {
  Metrics metrics;
  constexpr int kThreads = 4;
  constexpr int kEach = 500;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&metrics, t] {
      for (int i = 0; i < kEach; ++i) {
        metrics.count_request(t % 2 == 0 ? "/api/chat" : "/healthz", 200);
        metrics.observe_reply(std::chrono::microseconds(i), i % 5 == 0 ? "fallback" : "fact");
      }
    });
  }
  threads.emplace_back([&metrics] {
    for (int i = 0; i < 50; ++i) EXPECT_FALSE(metrics.render().empty());
  });
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(metrics.requests("/api/chat", 200), 2u * kEach);
  EXPECT_EQ(metrics.requests("/healthz", 200), 2u * kEach);
  EXPECT_EQ(metrics.fallbacks(), static_cast<std::uint64_t>(kThreads * kEach / 5));
  EXPECT_TRUE(contains(metrics.render(), "lenbot_chat_reply_seconds_count 2000\n"));
}

}  // namespace
}  // namespace lenbot
