#include "bot/quiz/question_picker.h"

#include <algorithm>
#include <string>
#include <tuple>
#include <unordered_map>

#include "bot/quiz/answer_text.h"
#include "bot/text/stable_hash.h"

namespace lenbot {

Pick pick_next(const std::vector<const QuizQuestion*>& eligible,
               const std::vector<AskedQuestion>& history, bool in_story_order,
               std::string_view seed) {
  std::unordered_map<std::string, const AskedQuestion*> asked;
  int latest = 0;
  for (const auto& entry : history) {
    asked[entry.question_id] = &entry;
    latest = std::max(latest, entry.last_seq);
  }
  const QuizQuestion* fresh = nullptr;
  std::uint64_t fresh_key = 0;
  for (const auto* q : eligible) {
    if (asked.contains(q->id)) continue;
    const auto key = in_story_order ? 0 : stable_hash(std::string(seed) + "|" + q->id);
    if (fresh == nullptr || key < fresh_key) {
      fresh = q;
      fresh_key = key;
    }
    if (in_story_order) break;  // `eligible` is in story order already
  }
  if (fresh != nullptr) return {fresh, false};

  // Missed or skipped before right, then oldest first; never the one just asked if avoidable.
  const QuizQuestion* best = nullptr;
  std::tuple<bool, bool, int> best_key;
  for (const auto* q : eligible) {
    const auto* entry = asked.at(q->id);
    const std::tuple<bool, bool, int> key{entry->last_seq == latest,
                                          entry->last_outcome == Outcome::kRight, entry->last_seq};
    if (best == nullptr || key < best_key) {
      best = q;
      best_key = key;
    }
  }
  return {best, best != nullptr};
}

}  // namespace lenbot
