#include "bot/quiz/sqlite_quiz_store.h"

#include "bot/storage/sqlite_migrations.h"

namespace lenbot {
namespace {

constexpr std::string_view kSessionColumns =
    "channel, user, active, until_part, story_order, current_question, current_seq, hints, "
    "points, streak, best_streak, answered, correct";

QuizSession read_session(const Statement& st) {
  QuizSession s;
  s.channel = st.column_text(0);
  s.user = st.column_text(1);
  s.active = st.column_int(2) != 0;
  s.until = static_cast<StoryPart>(st.column_int(3));
  s.in_story_order = st.column_int(4) != 0;
  s.current_question = st.column_text(5);
  s.current_seq = static_cast<int>(st.column_int(6));
  s.hints = static_cast<int>(st.column_int(7));
  s.score = {static_cast<int>(st.column_int(8)), static_cast<int>(st.column_int(9)),
             static_cast<int>(st.column_int(10)), static_cast<int>(st.column_int(11)),
             static_cast<int>(st.column_int(12))};
  return s;
}

}  // namespace

SqliteQuizStore::SqliteQuizStore(const std::string& path, std::mutex* writers)
    : pool_(path), writers_(writers) {
  // Every connection the pool opens sees the same file: migrating through the first suffices.
  auto lease = pool_.acquire();
  migrate_state(*lease);
}

std::unique_lock<std::mutex> SqliteQuizStore::writer_turn() {
  return writers_ != nullptr ? std::unique_lock(*writers_) : std::unique_lock<std::mutex>();
}

std::optional<QuizSession> SqliteQuizStore::session(const std::string& channel,
                                                    const std::string& user) {
  auto lease = pool_.acquire();
  return session(*lease, channel, user);
}

std::optional<QuizSession> SqliteQuizStore::session(Database& db, const std::string& channel,
                                                    const std::string& user) {
  auto st = db.prepare("SELECT " + std::string(kSessionColumns) +
                       " FROM quiz_sessions WHERE channel = ?1 AND user = ?2");
  st.bind(1, channel).bind(2, user);
  if (!st.step()) return std::nullopt;
  return read_session(st);
}

// Marks the waiting question, if any, as skipped. Runs inside the caller's transaction.
void SqliteQuizStore::skip_pending(Database& db, const std::string& channel,
                                   const std::string& user) {
  auto st = db.prepare(
      "UPDATE quiz_asked SET outcome = ?3 WHERE channel = ?1 AND user = ?2 AND outcome = ?4");
  st.bind(1, channel).bind(2, user);
  st.bind(3, static_cast<int>(Outcome::kSkipped)).bind(4, static_cast<int>(Outcome::kPending));
  st.run();
  auto clear = db.prepare(
      "UPDATE quiz_sessions SET current_question = '', hints = 0, streak = 0 "
      "WHERE channel = ?1 AND user = ?2 AND current_question <> ''");
  clear.bind(1, channel).bind(2, user);
  clear.run();
}

QuizSession SqliteQuizStore::start(const std::string& channel, const std::string& user,
                                   StoryPart until, bool in_story_order) {
  auto lease = pool_.acquire();
  Database& db = *lease;
  const auto turn = writer_turn();
  Transaction tx(db);
  skip_pending(db, channel, user);
  auto st = db.prepare(
      "INSERT INTO quiz_sessions (channel, user, active, until_part, story_order) "
      "VALUES (?1, ?2, 1, ?3, ?4) ON CONFLICT (channel, user) DO UPDATE SET active = 1, "
      "until_part = excluded.until_part, story_order = excluded.story_order");
  st.bind(1, channel)
      .bind(2, user)
      .bind(3, static_cast<int>(until))
      .bind(4, in_story_order ? 1 : 0);
  st.run();
  tx.commit();
  return *session(db, channel, user);
}

QuizSession SqliteQuizStore::ask(const std::string& channel, const std::string& user,
                                 const std::string& question_id) {
  auto lease = pool_.acquire();
  Database& db = *lease;
  const auto turn = writer_turn();
  Transaction tx(db);
  skip_pending(db, channel, user);
  auto bump = db.prepare(
      "UPDATE quiz_sessions SET current_seq = current_seq + 1, current_question = ?3, hints = 0 "
      "WHERE channel = ?1 AND user = ?2 RETURNING current_seq");
  bump.bind(1, channel).bind(2, user).bind(3, question_id);
  if (!bump.step()) throw StorageError("quiz: ask() on a session that was never started");
  const auto seq = bump.column_int(0);
  bump.reset();
  auto insert = db.prepare(
      "INSERT INTO quiz_asked (channel, user, seq, question_id) VALUES (?1, ?2, ?3, ?4)");
  insert.bind(1, channel).bind(2, user).bind(3, seq).bind(4, question_id);
  insert.run();
  tx.commit();
  return *session(db, channel, user);
}

std::optional<QuizSession> SqliteQuizStore::record(const std::string& channel,
                                                   const std::string& user, int seq,
                                                   Outcome outcome, int points) {
  auto lease = pool_.acquire();
  Database& db = *lease;
  const auto turn = writer_turn();
  Transaction tx(db);
  auto mark = db.prepare(
      "UPDATE quiz_asked SET outcome = ?4, points = ?5 "
      "WHERE channel = ?1 AND user = ?2 AND seq = ?3 AND outcome = ?6");
  mark.bind(1, channel).bind(2, user).bind(3, seq).bind(4, static_cast<int>(outcome));
  mark.bind(5, points).bind(6, static_cast<int>(Outcome::kPending));
  mark.run();
  if (db.changes() != 1) return std::nullopt;  // answered already, or never asked
  const bool right = outcome == Outcome::kRight;
  const bool answered = outcome != Outcome::kSkipped;
  auto update = db.prepare(
      "UPDATE quiz_sessions SET current_question = '', hints = 0, points = points + ?3, "
      "streak = CASE WHEN ?4 THEN streak + 1 ELSE 0 END, "
      "best_streak = MAX(best_streak, CASE WHEN ?4 THEN streak + 1 ELSE 0 END), "
      "answered = answered + ?5, correct = correct + ?4 "
      "WHERE channel = ?1 AND user = ?2 AND current_seq = ?6");
  update.bind(1, channel).bind(2, user).bind(3, right ? points : 0).bind(4, right ? 1 : 0);
  update.bind(5, answered ? 1 : 0).bind(6, seq);
  update.run();
  if (db.changes() != 1) return std::nullopt;  // not the current question: roll back
  tx.commit();
  return session(db, channel, user);
}

std::optional<int> SqliteQuizStore::add_hint(const std::string& channel, const std::string& user,
                                             int seq) {
  auto lease = pool_.acquire();
  Database& db = *lease;
  const auto turn = writer_turn();
  Transaction tx(db);
  auto st = db.prepare(
      "UPDATE quiz_sessions SET hints = hints + 1 WHERE channel = ?1 AND user = ?2 "
      "AND current_seq = ?3 AND current_question <> '' RETURNING hints");
  st.bind(1, channel).bind(2, user).bind(3, seq);
  if (!st.step()) return std::nullopt;
  const int hints = static_cast<int>(st.column_int(0));
  st.reset();
  tx.commit();
  return hints;
}

std::optional<QuizSession> SqliteQuizStore::stop(const std::string& channel,
                                                 const std::string& user) {
  auto lease = pool_.acquire();
  Database& db = *lease;
  const auto turn = writer_turn();
  Transaction tx(db);
  skip_pending(db, channel, user);
  auto st = db.prepare("UPDATE quiz_sessions SET active = 0 WHERE channel = ?1 AND user = ?2");
  st.bind(1, channel).bind(2, user);
  st.run();
  if (db.changes() != 1) return std::nullopt;
  tx.commit();
  return session(db, channel, user);
}

std::vector<AskedQuestion> SqliteQuizStore::history(const std::string& channel,
                                                    const std::string& user) {
  auto lease = pool_.acquire();
  Database& db = *lease;
  auto st = db.prepare(
      "SELECT question_id, seq, outcome FROM quiz_last WHERE channel = ?1 AND user = ?2 "
      "ORDER BY question_id");
  st.bind(1, channel).bind(2, user);
  std::vector<AskedQuestion> out;
  while (st.step()) {
    out.push_back({st.column_text(0), static_cast<int>(st.column_int(1)),
                   static_cast<Outcome>(st.column_int(2))});
  }
  return out;
}

std::vector<LeaderboardEntry> SqliteQuizStore::leaderboard(const std::string& channel, int limit) {
  auto lease = pool_.acquire();
  Database& db = *lease;
  auto st = db.prepare(
      "SELECT user, points, streak, best_streak, answered, correct FROM quiz_sessions "
      "WHERE channel = ?1 ORDER BY points DESC, best_streak DESC, user LIMIT ?2");
  st.bind(1, channel).bind(2, limit);
  std::vector<LeaderboardEntry> out;
  while (st.step()) {
    out.push_back({st.column_text(0),
                   {static_cast<int>(st.column_int(1)), static_cast<int>(st.column_int(2)),
                    static_cast<int>(st.column_int(3)), static_cast<int>(st.column_int(4)),
                    static_cast<int>(st.column_int(5))}});
  }
  return out;
}

}  // namespace lenbot
