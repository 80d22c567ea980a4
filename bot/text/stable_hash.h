#pragma once
// FNV-1a over bytes: the same value on every platform and run (std::hash's is left open by the
// standard), for choices that must not change between runs: cross-validation folds, quiz option
// order, the quiz voice's line picks.
#include <cstdint>
#include <string_view>

namespace lenbot {

inline std::uint64_t stable_hash(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return hash;
}

}  // namespace lenbot
