#pragma once
// Progressive hints and the points they cost.
#include <string>
#include <string_view>

#include "bot/quiz/quiz_question.h"

namespace lenbot {

// The answer with letters hidden as '*': level 1 shows the first and last letter of each word
// ("S***r"), each further level one more letter from the left; spaces and punctuation show.
std::string hint_mask(std::string_view answer, int level);

// Points a correct answer earns: fill-in 15, options 10, minus 3 per hint, never below 1.
int question_points(QuestionKind kind, int hints_used);

}  // namespace lenbot
