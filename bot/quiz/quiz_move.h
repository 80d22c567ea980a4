#pragma once
// What one line of text does in a text quiz (the terminal, the message webhook): the words
// hint, skip, score, leaderboard and stop (or quit, exit) are commands; anything else answers.
#include <string_view>

namespace lenbot {

enum class QuizMove { kAnswer, kHint, kSkip, kScore, kLeaderboard, kStop };

// The move `line` makes. Commands match as whole lines, ignoring case and surrounding blanks,
// so "Skip " skips but "skip it" is an answer.
QuizMove parse_quiz_move(std::string_view line);

}  // namespace lenbot
