#include "bot/quiz/quiz_json.h"

namespace lenbot {

using nlohmann::json;

json to_json(const QuizScore& score) {
  return {{"points", score.points},
          {"streak", score.streak},
          {"best_streak", score.best_streak},
          {"answered", score.answered}};
}

json to_json(const QuizQuestionView& question) {
  return {{"id", question.id},
          {"text", question.text},
          {"options", question.options},
          {"part", question.part},
          {"kind", question.kind}};
}

json to_json(const QuizStartReply& reply) {
  return {{"question", to_json(reply.question)},
          {"reply", reply.reply},
          {"score", to_json(reply.score)}};
}

json to_json(const QuizAnswerReply& reply) {
  return {{"correct", reply.correct},
          {"near_miss", reply.near_miss},
          {"skipped", reply.skipped},
          {"answer", reply.answer},
          {"reply", reply.reply},
          {"source", {{"cite", reply.source.cite}, {"text", reply.source.text}}},
          {"score", to_json(reply.score)},
          {"next", reply.next ? to_json(*reply.next) : json(nullptr)},
          {"next_reply", reply.next_reply}};
}

json to_json(const QuizHintReply& reply) {
  return {
      {"hint", reply.hint}, {"reply", reply.reply}, {"points_available", reply.points_available}};
}

json to_json(const QuizScoreReply& reply) {
  return {{"score", to_json(reply.score)}, {"reply", reply.reply}, {"active", reply.active}};
}

json to_json(const std::string& channel, const std::vector<LeaderboardEntry>& board) {
  json rows = json::array();
  int rank = 0;
  for (const auto& entry : board) {
    json row = to_json(entry.score);
    row["rank"] = ++rank;
    row["user"] = entry.user;
    rows.push_back(std::move(row));
  }
  return {{"channel", channel}, {"leaderboard", std::move(rows)}};
}

json to_json(const QuizError& error) {
  return {
      {"error", {{"code", std::string(error_code_name(error.code))}, {"message", error.message}}}};
}

}  // namespace lenbot
