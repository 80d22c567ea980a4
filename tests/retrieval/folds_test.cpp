#include "bot/retrieval/folds.h"

#include <gtest/gtest.h>

#include <array>
#include <string>

namespace lenbot {
namespace {

// FNV-1a's published test vectors: the folds must not move between machines or releases.
TEST(StableHashTest, MatchesFnv1aVectors) {
  struct Case {
    const char* text;
    std::uint64_t hash;
  };
  const Case cases[] = {
      {"", 0xcbf29ce484222325ULL}, {"a", 0xaf63dc4c8601ec8cULL}, {"foobar", 0x85944171f73967e8ULL}};
  for (const auto& c : cases) EXPECT_EQ(stable_hash(c.text), c.hash) << '"' << c.text << '"';
}

TEST(FoldOfTest, IsStableInRangeAndSpreads) {
  std::array<int, 5> sizes{};
  for (int i = 0; i < 500; ++i) {
    const std::string id = "q" + std::to_string(i);
    const int fold = fold_of(id, 5);
    ASSERT_GE(fold, 0);
    ASSERT_LT(fold, 5);
    EXPECT_EQ(fold, fold_of(id, 5)) << id;
    ++sizes[static_cast<std::size_t>(fold)];
  }
  for (int size : sizes) {
    EXPECT_GT(size, 60);  // 100 expected per fold
    EXPECT_LT(size, 140);
  }
  EXPECT_EQ(fold_of("anything", 1), 0);
}

}  // namespace
}  // namespace lenbot
