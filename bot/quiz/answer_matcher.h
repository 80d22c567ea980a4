#pragma once
// Grades one reply to one question. Accepted: an option letter (A-D) or number (1-4) when the
// question has options; or free text equal, after normalize_answer(), to the answer or one of
// its aliases; or within a small typo distance of one (none under 4 letters, 1 edit for 4-6,
// 2 for 7 or more), which is a near miss and still counts. A bare part of the answer ("air"
// for "chair") is wrong.
#include <cstddef>
#include <string_view>

#include "bot/quiz/aliases.h"
#include "bot/quiz/quiz_question.h"

namespace lenbot {

enum class Verdict { kCorrect, kNearMiss, kWrong };

struct Grade {
  Verdict verdict = Verdict::kWrong;
  int option = -1;  // the option the reply chose, when it chose one
  bool counts() const { return verdict != Verdict::kWrong; }
};

Grade grade_answer(const QuizQuestion& question, std::string_view reply, const AliasTable& aliases);

// The option index `reply` names ("b", "B)", "2"), or -1; needs `option_count` options.
int parse_option(std::string_view reply, std::size_t option_count);

// Edits tolerated for a target of `length` letters.
std::size_t allowed_edits(std::size_t length);

// Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps.
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace lenbot
