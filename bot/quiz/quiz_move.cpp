#include "bot/quiz/quiz_move.h"

#include <array>
#include <string>
#include <utility>

#include "bot/text/ascii.h"

namespace lenbot {
namespace {

constexpr std::array<std::pair<std::string_view, QuizMove>, 7> kCommands = {{
    {"hint", QuizMove::kHint},
    {"skip", QuizMove::kSkip},
    {"score", QuizMove::kScore},
    {"leaderboard", QuizMove::kLeaderboard},
    {"stop", QuizMove::kStop},
    {"quit", QuizMove::kStop},
    {"exit", QuizMove::kStop},
}};

}  // namespace

QuizMove parse_quiz_move(std::string_view line) {
  const std::string word = ascii_lower(trim(line));
  for (const auto& [name, move] : kCommands) {
    if (word == name) return move;
  }
  return QuizMove::kAnswer;
}

}  // namespace lenbot
