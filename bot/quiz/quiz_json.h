#pragma once
// JSON shapes of the quiz for HTTP and the other channels (the routes are mounted elsewhere):
//   POST /api/quiz/start  -> {"question": {"id","text","options":[...],"part":"Part 3","kind"},
//                             "reply": "<Len asking it>", "score": {...}}
//   POST /api/quiz/answer -> {"correct", "near_miss", "skipped", "answer", "reply",
//                             "source": {"cite":[..],"text":"..."}, "score": {...},
//                             "next": question-or-null, "next_reply"}
//   POST /api/quiz/hint   -> {"hint": "S***r", "reply", "points_available"}
//   score / stop          -> {"score": {...}, "reply", "active"}
//   GET /api/quiz/leaderboard -> {"channel", "leaderboard": [{"rank","user","points",
//                                 "streak","best_streak","answered"}]}
//   errors                -> {"error": {"code": "stale_question", "message": "..."}}
// where score is {"points","streak","best_streak","answered"}.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "bot/quiz/quiz_result.h"
#include "bot/quiz/quiz_service.h"

namespace lenbot {

nlohmann::json to_json(const QuizScore& score);
nlohmann::json to_json(const QuizQuestionView& question);
nlohmann::json to_json(const QuizStartReply& reply);
nlohmann::json to_json(const QuizAnswerReply& reply);
nlohmann::json to_json(const QuizHintReply& reply);
nlohmann::json to_json(const QuizScoreReply& reply);
nlohmann::json to_json(const std::string& channel, const std::vector<LeaderboardEntry>& board);
nlohmann::json to_json(const QuizError& error);

// A result as JSON: the value's shape, or the error shape.
template <typename T>
nlohmann::json to_json(const QuizResult<T>& result) {
  return result.ok() ? to_json(result.value()) : to_json(result.error());
}

}  // namespace lenbot
