#pragma once
// The bank in Open Trivia DB's JSON shape:
//   {"response_code":0,"results":[{"category","type":"multiple","difficulty","question",
//    "correct_answer","incorrect_answers":[3]}]}
// Multiple-choice and who-did-it questions export with their options. Fill-in questions export
// as "multiple" with their three same-type distractors when they have them, and are left out
// when they do not (Open Trivia DB has no free-text type). Difficulty: "easy" for Part 1 and
// earlier who-did-it, "hard" for fill-in, "medium" otherwise. Text is plain (not HTML-encoded)
// and in the third person (`neutral_text`): no Len is there to ask it.
#include <nlohmann/json.hpp>

#include "bot/quiz/question_bank.h"

namespace lenbot {

nlohmann::json export_opentdb(const QuestionBank& bank);

}  // namespace lenbot
