#include "bot/quiz/quiz_stats.h"

#include "bot/quiz/quiz_store.h"

namespace lenbot {

QuizStatsReader::QuizStatsReader(const std::string& state_path) : db_(state_path) {}

QuizStats QuizStatsReader::read() {
  std::lock_guard lock(mutex_);
  QuizStats stats;
  auto tables = db_.prepare(
      "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
      "AND name IN ('quiz_sessions', 'quiz_asked')");
  if (!tables.step() || tables.column_int(0) < 2) return stats;
  auto sessions = db_.prepare("SELECT count(*), coalesce(sum(active), 0) FROM quiz_sessions");
  if (sessions.step()) {
    stats.players = sessions.column_int(0);
    stats.sessions_active = sessions.column_int(1);
  }
  auto asked = db_.prepare(
      "SELECT count(*), coalesce(sum(outcome = ?1), 0), coalesce(sum(outcome = ?2), 0), "
      "coalesce(sum(outcome = ?3), 0) FROM quiz_asked");
  asked.bind(1, static_cast<int>(Outcome::kRight))
      .bind(2, static_cast<int>(Outcome::kWrong))
      .bind(3, static_cast<int>(Outcome::kSkipped));
  if (asked.step()) {
    stats.questions_asked = asked.column_int(0);
    stats.answers_right = asked.column_int(1);
    stats.answers_wrong = asked.column_int(2);
    stats.skipped = asked.column_int(3);
  }
  return stats;
}

}  // namespace lenbot
