#include "bot/quiz/quiz_move.h"

#include <array>
#include <string>
#include <utility>

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

std::string lowered_trimmed(std::string_view line) {
  const auto first = line.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  line = line.substr(first, line.find_last_not_of(" \t\r\n") - first + 1);
  std::string out;
  for (const char c : line) out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

}  // namespace

QuizMove parse_quiz_move(std::string_view line) {
  const std::string word = lowered_trimmed(line);
  for (const auto& [name, move] : kCommands) {
    if (word == name) return move;
  }
  return QuizMove::kAnswer;
}

}  // namespace lenbot
