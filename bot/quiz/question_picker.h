#pragma once
// Chooses a session's next question. Questions never asked come first (in story order, or in
// a shuffle fixed by the seed); only when every eligible question has been asked do repeats
// begin, and then the ones last missed or skipped come back before the ones answered right,
// each group oldest first. The question just asked is never asked again straight away.
#include <string_view>
#include <vector>

#include "bot/quiz/quiz_question.h"
#include "bot/quiz/quiz_store.h"

namespace lenbot {

struct Pick {
  const QuizQuestion* question = nullptr;  // nullptr only when `eligible` is empty
  bool repeat = false;                     // every eligible question had been asked already
};

Pick pick_next(const std::vector<const QuizQuestion*>& eligible,
               const std::vector<AskedQuestion>& history, bool in_story_order,
               std::string_view seed);

}  // namespace lenbot
