#pragma once
// A token bucket per key (a client address, a user name, a Discord user id): each key may spend
// `capacity` requests at once and earns them back evenly over `window`. Thread-safe; memory is
// bounded by forgetting keys whose bucket has refilled.
#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace lenbot {

class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;

  // `capacity` 0 turns limiting off: every acquire() succeeds.
  RateLimiter(int capacity, std::chrono::seconds window);

  // New limits for every key from now on (SIGHUP); buckets above the new capacity shrink to it.
  void reconfigure(int capacity, std::chrono::seconds window);

  // Spends one token of `key`. Returns 0 when the request may go ahead, otherwise the whole
  // seconds (at least 1) until a token is available: the Retry-After value.
  int acquire(std::string_view key) { return acquire(key, Clock::now()); }
  int acquire(std::string_view key, Clock::time_point now);

  std::size_t tracked_keys() const;

 private:
  struct Bucket {
    double tokens;
    Clock::time_point updated;
  };
  void forget_full_buckets(Clock::time_point now);

  mutable std::mutex mutex_;
  double capacity_ = 0;  // guarded by mutex_, like the buckets
  double tokens_per_second_ = 0;
  std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace lenbot
