#include "bot/http/rate_limiter.h"

#include <algorithm>
#include <cmath>

namespace lenbot {
namespace {

// Past this many keys, buckets that have refilled completely are dropped (they are
// indistinguishable from new ones).
constexpr std::size_t kPruneThreshold = 10000;

}  // namespace

RateLimiter::RateLimiter(int capacity, std::chrono::seconds window) {
  reconfigure(capacity, window);
}

void RateLimiter::reconfigure(int capacity, std::chrono::seconds window) {
  const double next = std::max(capacity, 0);
  std::lock_guard lock(mutex_);
  capacity_ = next;
  tokens_per_second_ = next / static_cast<double>(std::max<long long>(window.count(), 1));
  // A smaller allowance applies at once: nobody keeps more than the new capacity.
  for (auto& [key, bucket] : buckets_) bucket.tokens = std::min(bucket.tokens, capacity_);
}

int RateLimiter::acquire(std::string_view key, Clock::time_point now) {
  std::lock_guard lock(mutex_);
  if (capacity_ <= 0) return 0;
  if (buckets_.size() >= kPruneThreshold) forget_full_buckets(now);
  auto [it, inserted] = buckets_.try_emplace(std::string(key), Bucket{capacity_, now});
  Bucket& bucket = it->second;
  if (!inserted) {
    const std::chrono::duration<double> elapsed = now - bucket.updated;
    bucket.tokens = std::min(capacity_, bucket.tokens + elapsed.count() * tokens_per_second_);
    bucket.updated = now;
  }
  if (bucket.tokens >= 1.0) {
    bucket.tokens -= 1.0;
    return 0;
  }
  const double wait = (1.0 - bucket.tokens) / tokens_per_second_;
  return std::max(1, static_cast<int>(std::ceil(wait)));
}

std::size_t RateLimiter::tracked_keys() const {
  std::lock_guard lock(mutex_);
  return buckets_.size();
}

void RateLimiter::forget_full_buckets(Clock::time_point now) {
  std::erase_if(buckets_, [&](const auto& entry) {
    const std::chrono::duration<double> elapsed = now - entry.second.updated;
    return entry.second.tokens + elapsed.count() * tokens_per_second_ >= capacity_;
  });
}

}  // namespace lenbot
