#pragma once
// Cross-validation folds fixed by a question's id: the same id lands in the same fold on every
// machine and run (text/stable_hash.h).
#include <cstdint>
#include <string_view>

#include "bot/text/stable_hash.h"

namespace lenbot {

// 0..folds-1 for `key` (an item's id; its question text when it has none).
inline int fold_of(std::string_view key, int folds) {
  return folds <= 1 ? 0 : static_cast<int>(stable_hash(key) % static_cast<std::uint64_t>(folds));
}

}  // namespace lenbot
