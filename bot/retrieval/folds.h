#pragma once
// Cross-validation folds fixed by a question's id: the same id lands in the same fold on every
// machine and run (FNV-1a, not std::hash, whose value the standard leaves open).
#include <cstdint>
#include <string_view>

namespace lenbot {

inline std::uint64_t stable_hash(std::string_view key) {
  std::uint64_t h = 14695981039346656037ULL;
  for (char c : key) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

// 0..folds-1 for `key` (an item's id; its question text when it has none).
inline int fold_of(std::string_view key, int folds) {
  return folds <= 1 ? 0 : static_cast<int>(stable_hash(key) % static_cast<std::uint64_t>(folds));
}

}  // namespace lenbot
