#include "bot/chat/lru_cache.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace lenbot {
namespace {

std::shared_ptr<const int> value(int v) { return std::make_shared<const int>(v); }

TEST(LruCacheTest, FindsWhatWasInsertedAndCountsHitsAndMisses) {
  LruCache<int> cache(4);
  EXPECT_EQ(cache.find("a"), nullptr);
  cache.insert("a", value(1));
  ASSERT_NE(cache.find("a"), nullptr);
  EXPECT_EQ(*cache.find("a"), 1);
  const CacheStats stats = cache.stats();
  EXPECT_EQ(stats.hits, 2u);
  EXPECT_EQ(stats.misses, 1u);
  EXPECT_EQ(stats.entries, 1u);
  EXPECT_EQ(stats.capacity, 4u);
}

TEST(LruCacheTest, BoundedSizeEvictsTheLeastRecentlyUsed) {
  LruCache<int> cache(3);
  cache.insert("a", value(1));
  cache.insert("b", value(2));
  cache.insert("c", value(3));
  ASSERT_NE(cache.find("a"), nullptr);  // "b" is now the least recently used
  cache.insert("d", value(4));
  EXPECT_EQ(cache.find("b"), nullptr);
  EXPECT_NE(cache.find("a"), nullptr);
  EXPECT_NE(cache.find("c"), nullptr);
  EXPECT_NE(cache.find("d"), nullptr);
  for (int i = 0; i < 100; ++i) cache.insert("k" + std::to_string(i), value(i));
  EXPECT_EQ(cache.stats().entries, 3u);
  EXPECT_EQ(cache.stats().evictions, 101u);  // "b", then one per insert
  EXPECT_NE(cache.find("k99"), nullptr);
}

TEST(LruCacheTest, InsertingAnExistingKeyReplacesItsValue) {
  LruCache<int> cache(2);
  cache.insert("a", value(1));
  cache.insert("a", value(2));
  EXPECT_EQ(*cache.find("a"), 2);
  EXPECT_EQ(cache.stats().entries, 1u);
}

TEST(LruCacheTest, AnEvictedValueLivesOnForItsHolder) {
  LruCache<int> cache(1);
  cache.insert("a", value(1));
  const auto held = cache.find("a");
  cache.insert("b", value(2));
  EXPECT_EQ(cache.find("a"), nullptr);
  EXPECT_EQ(*held, 1);
}

TEST(LruCacheTest, CapacityZeroKeepsNothing) {
  LruCache<int> cache(0);
  cache.insert("a", value(1));
  EXPECT_EQ(cache.find("a"), nullptr);
  EXPECT_EQ(cache.stats().entries, 0u);
  EXPECT_EQ(cache.stats().misses, 1u);
}

TEST(LruCacheTest, ManyThreadsStayWithinTheBound) {
  LruCache<int> cache(16);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&cache, t] {
      for (int i = 0; i < 2000; ++i) {
        const std::string key = std::to_string((i * 7 + t) % 40);
        if (auto hit = cache.find(key)) {
          EXPECT_EQ(std::to_string(*hit), key);
        } else {
          cache.insert(key, value(std::stoi(key)));
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  const CacheStats stats = cache.stats();
  EXPECT_LE(stats.entries, 16u);
  EXPECT_EQ(stats.hits + stats.misses, 8000u);
}

}  // namespace
}  // namespace lenbot
