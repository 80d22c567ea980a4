#include "bot/quiz/quiz_move.h"

#include <gtest/gtest.h>

namespace lenbot {
namespace {

TEST(QuizMoveTest, CommandsAreWholeLinesAnythingElseAnswers) {
  const struct {
    const char* line;
    QuizMove move;
  } cases[] = {
      {"hint", QuizMove::kHint},      {" Skip ", QuizMove::kSkip},
      {"SCORE", QuizMove::kScore},    {"leaderboard", QuizMove::kLeaderboard},
      {"stop", QuizMove::kStop},      {"quit\r", QuizMove::kStop},
      {"exit", QuizMove::kStop},      {"B", QuizMove::kAnswer},
      {"skip it", QuizMove::kAnswer}, {"", QuizMove::kAnswer},
      {"hints", QuizMove::kAnswer},   {"the stop sign", QuizMove::kAnswer},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(parse_quiz_move(c.line), c.move) << '"' << c.line << '"';
  }
}

}  // namespace
}  // namespace lenbot
