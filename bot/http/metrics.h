#pragma once
// Counters the server keeps for GET /metrics, rendered in the Prometheus text format:
// requests by route and status, the chat reply-latency histogram, replies by intent and the
// fallback count, the reply cache's hits and misses, and the quiz's sessions and answers.
// Thread-safe.
#include <array>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>

#include "bot/chat/lru_cache.h"
#include "bot/quiz/quiz_stats.h"

namespace lenbot {

class Metrics {
 public:
  // Upper bounds (seconds) of the reply-latency histogram buckets; +Inf is implied.
  static constexpr std::array<double, 12> kLatencyBuckets = {
      0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5};

  // One answered request. `route` must come from a bounded set (mounted paths or "other").
  void count_request(std::string_view route, int status);
  // One Bot reply: how long ask() took and the reply's intent ("fallback" counts as one).
  void observe_reply(std::chrono::duration<double> latency, std::string_view intent);

  // Where render() reads the reply cache's counters from; call before serving.
  void watch_reply_cache(std::function<CacheStats()> stats) { reply_cache_ = std::move(stats); }
  // Where render() reads the quiz's figures from; call before serving.
  void watch_quiz(std::function<QuizStats()> stats) { quiz_ = std::move(stats); }

  // The shared state store (PostgreSQL): statements sent and requests it could not serve.
  struct StateStats {
    std::uint64_t round_trips = 0;
    std::uint64_t errors = 0;
  };
  void watch_state_store(std::function<StateStats()> stats) { state_store_ = std::move(stats); }

  std::uint64_t requests(std::string_view route, int status) const;
  std::uint64_t fallbacks() const;

  // The text exposition format, version 0.0.4.
  std::string render() const;

 private:
  mutable std::mutex mutex_;
  std::map<std::pair<std::string, int>, std::uint64_t> requests_;
  std::array<std::uint64_t, kLatencyBuckets.size()> bucket_counts_{};  // not cumulative
  std::uint64_t reply_count_ = 0;
  double reply_seconds_sum_ = 0.0;
  std::map<std::string, std::uint64_t, std::less<>> intents_;
  std::uint64_t fallbacks_ = 0;
  std::function<CacheStats()> reply_cache_;
  std::function<StateStats()> state_store_;
  std::function<QuizStats()> quiz_;
};

}  // namespace lenbot
