#pragma once
// A bounded, thread-safe map from string keys to shared, immutable values, evicting the least
// recently used entry when full. Capacity 0 keeps nothing (every find misses). Values are
// handed out as shared_ptr<const V>, so a hit costs a reference count, not a copy, and an
// evicted value stays alive for whoever still holds it.
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace lenbot {

struct CacheStats {
  std::uint64_t hits = 0;
  std::uint64_t misses = 0;
  std::uint64_t evictions = 0;
  std::size_t entries = 0;
  std::size_t capacity = 0;
};

template <typename V>
class LruCache {
 public:
  explicit LruCache(std::size_t capacity) : capacity_(capacity) {}

  // The value under `key` (now the most recently used), or null. Counts a hit or a miss.
  std::shared_ptr<const V> find(std::string_view key) {
    if (capacity_ > 0) {
      std::lock_guard lock(mutex_);
      if (const auto it = index_.find(key); it != index_.end()) {
        order_.splice(order_.begin(), order_, it->second);
        hits_.fetch_add(1, std::memory_order_relaxed);
        return it->second->second;
      }
    }
    misses_.fetch_add(1, std::memory_order_relaxed);
    return nullptr;
  }

  // Stores `value` under `key` (replacing an earlier one), evicting the least recently used
  // entry when the cache is full.
  void insert(std::string key, std::shared_ptr<const V> value) {
    if (capacity_ == 0) return;
    std::lock_guard lock(mutex_);
    if (const auto it = index_.find(key); it != index_.end()) {
      it->second->second = std::move(value);
      order_.splice(order_.begin(), order_, it->second);
      return;
    }
    if (order_.size() >= capacity_) {
      index_.erase(order_.back().first);
      order_.pop_back();
      ++evictions_;
    }
    order_.emplace_front(std::move(key), std::move(value));
    // The index's keys view the list's own strings: list nodes never move.
    index_.emplace(order_.front().first, order_.begin());
  }

  CacheStats stats() const {
    std::lock_guard lock(mutex_);
    return {hits_.load(std::memory_order_relaxed), misses_.load(std::memory_order_relaxed),
            evictions_, order_.size(), capacity_};
  }

 private:
  using Entry = std::pair<std::string, std::shared_ptr<const V>>;

  const std::size_t capacity_;
  mutable std::mutex mutex_;
  std::list<Entry> order_;  // most recently used first
  std::unordered_map<std::string_view, typename std::list<Entry>::iterator> index_;
  std::uint64_t evictions_ = 0;
  std::atomic<std::uint64_t> hits_{0};
  std::atomic<std::uint64_t> misses_{0};
};

}  // namespace lenbot
