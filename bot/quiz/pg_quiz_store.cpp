#include "bot/quiz/pg_quiz_store.h"

namespace lenbot {
namespace {

constexpr const char* kSessionColumns =
    "channel, user_id, active, until_part, story_order, current_question, current_seq, hints, "
    "points, streak, best_streak, answered, correct";

QuizSession read_session(const pqxx::row& r) {
  QuizSession s;
  s.channel = r[0].as<std::string>();
  s.user = r[1].as<std::string>();
  s.active = r[2].as<bool>();
  s.until = static_cast<StoryPart>(r[3].as<int>());
  s.in_story_order = r[4].as<bool>();
  s.current_question = r[5].as<std::string>();
  s.current_seq = r[6].as<int>();
  s.hints = r[7].as<int>();
  s.score = {r[8].as<int>(), r[9].as<int>(), r[10].as<int>(), r[11].as<int>(), r[12].as<int>()};
  return s;
}

constexpr int kPending = static_cast<int>(Outcome::kPending);
constexpr int kSkipped = static_cast<int>(Outcome::kSkipped);

// Marks the waiting question, if any, as skipped (in the log and in quiz_last) and clears it
// from the session. Runs inside the caller's transaction.
void skip_pending(pqxx::work& tx, const std::string& channel, const std::string& user) {
  tx.exec_params(
      "WITH skipped AS (UPDATE quiz_asked SET outcome = $3 WHERE channel = $1 AND user_id = $2 "
      "AND outcome = $4 RETURNING question_id, seq) "
      "UPDATE quiz_last l SET outcome = $3 FROM skipped s WHERE l.channel = $1 "
      "AND l.user_id = $2 AND l.question_id = s.question_id AND l.seq = s.seq",
      channel, user, kSkipped, kPending);
  tx.exec_params(
      "UPDATE quiz_sessions SET current_question = '', hints = 0, streak = 0 "
      "WHERE channel = $1 AND user_id = $2 AND current_question <> ''",
      channel, user);
}

// Quiz writes wait for the WAL flush: the pool's connections default to not waiting (for
// conversation turns), and an acknowledged answer must survive a PostgreSQL crash.
void durable(pqxx::work& tx) { tx.exec("SET LOCAL synchronous_commit = on"); }

std::optional<QuizSession> first_session(const pqxx::result& rows) {
  if (rows.empty()) return std::nullopt;
  return read_session(rows[0]);
}

}  // namespace

PgQuizStore::PgQuizStore(std::shared_ptr<PgPool> pool) : pool_(std::move(pool)) {}

std::optional<QuizSession> PgQuizStore::session(const std::string& channel,
                                                const std::string& user) {
  return pool_->run([&](pqxx::connection& c) {
    pqxx::nontransaction tx(c);
    pool_->count_round_trips(1);
    return first_session(tx.exec_params(std::string("SELECT ") + kSessionColumns +
                                            " FROM quiz_sessions WHERE channel = $1 AND "
                                            "user_id = $2",
                                        channel, user));
  });
}

QuizSession PgQuizStore::start(const std::string& channel, const std::string& user, StoryPart until,
                               bool in_story_order) {
  return pool_->run([&](pqxx::connection& c) {
    pqxx::work tx(c);
    durable(tx);
    skip_pending(tx, channel, user);
    const auto rows = tx.exec_params(
        std::string("INSERT INTO quiz_sessions (channel, user_id, active, until_part, "
                    "story_order) VALUES ($1, $2, true, $3, $4) ON CONFLICT (channel, user_id) "
                    "DO UPDATE SET active = true, until_part = excluded.until_part, "
                    "story_order = excluded.story_order RETURNING ") +
            kSessionColumns,
        channel, user, static_cast<int>(until), in_story_order);
    tx.commit();
    pool_->count_round_trips(6);
    return read_session(rows[0]);
  });
}

QuizSession PgQuizStore::ask(const std::string& channel, const std::string& user,
                             const std::string& question_id) {
  return pool_->run([&](pqxx::connection& c) {
    pqxx::work tx(c);
    durable(tx);
    skip_pending(tx, channel, user);
    const auto rows = tx.exec_params(
        std::string("UPDATE quiz_sessions SET current_seq = current_seq + 1, "
                    "current_question = $3, hints = 0 WHERE channel = $1 AND user_id = $2 "
                    "RETURNING ") +
            kSessionColumns,
        channel, user, question_id);
    if (rows.empty()) throw StorageError("quiz: ask() on a session that was never started");
    QuizSession session = read_session(rows[0]);
    tx.exec_params(
        "WITH asked AS (INSERT INTO quiz_asked (channel, user_id, seq, question_id) "
        "VALUES ($1, $2, $3, $4)) "
        "INSERT INTO quiz_last (channel, user_id, question_id, seq, outcome) "
        "VALUES ($1, $2, $4, $3, $5) ON CONFLICT (channel, user_id, question_id) DO UPDATE "
        "SET seq = excluded.seq, outcome = excluded.outcome WHERE excluded.seq > quiz_last.seq",
        channel, user, session.current_seq, question_id, kPending);
    tx.commit();
    pool_->count_round_trips(7);
    return session;
  });
}

std::optional<QuizSession> PgQuizStore::record(const std::string& channel, const std::string& user,
                                               int seq, Outcome outcome, int points) {
  return pool_->run([&](pqxx::connection& c) -> std::optional<QuizSession> {
    pqxx::work tx(c);
    durable(tx);
    pool_->count_round_trips(4);  // BEGIN, SET, this claim, and COMMIT or ROLLBACK
    // The claim: a concurrent grader of the same question blocks on this key until we commit
    // (then inserts nothing) or roll back (then it may go on).
    const auto claimed = tx.exec_params(
        "INSERT INTO quiz_answers (channel, user_id, seq, outcome, points) "
        "SELECT $1::text, $2::text, $3::integer, $4::integer, $5::integer WHERE EXISTS (SELECT 1 "
        "FROM quiz_asked WHERE channel = $1 "
        "AND user_id = $2 AND seq = $3 AND outcome = $6) ON CONFLICT DO NOTHING",
        channel, user, seq, static_cast<int>(outcome), points, kPending);
    if (claimed.affected_rows() != 1) return std::nullopt;  // answered already, or never asked
    // The log before the session, in the order ask() and skip_pending() lock them, so an
    // answer racing the next question on another replica waits instead of deadlocking.
    const auto marked = tx.exec_params(
        "WITH marked AS (UPDATE quiz_asked SET outcome = $4, points = $5 WHERE channel = $1 "
        "AND user_id = $2 AND seq = $3 AND outcome = $6 RETURNING question_id) "
        "UPDATE quiz_last l SET outcome = $4 FROM marked m WHERE l.channel = $1 "
        "AND l.user_id = $2 AND l.question_id = m.question_id AND l.seq = $3 RETURNING 1",
        channel, user, seq, static_cast<int>(outcome), points, kPending);
    pool_->count_round_trips(1);
    if (marked.empty()) return std::nullopt;  // skipped meanwhile: rolled back
    const bool right = outcome == Outcome::kRight;
    const bool answered = outcome != Outcome::kSkipped;
    const auto rows = tx.exec_params(
        std::string("UPDATE quiz_sessions SET current_question = '', hints = 0, "
                    "points = points + $3, streak = CASE WHEN $4 THEN streak + 1 ELSE 0 END, "
                    "best_streak = GREATEST(best_streak, CASE WHEN $4 THEN streak + 1 ELSE 0 "
                    "END), answered = answered + $5, correct = correct + $6 "
                    "WHERE channel = $1 AND user_id = $2 AND current_seq = $7 RETURNING ") +
            kSessionColumns,
        channel, user, right ? points : 0, right, answered ? 1 : 0, right ? 1 : 0, seq);
    pool_->count_round_trips(1);
    if (rows.empty()) return std::nullopt;  // not the current question: rolled back
    tx.commit();
    return read_session(rows[0]);
  });
}

std::optional<int> PgQuizStore::add_hint(const std::string& channel, const std::string& user,
                                         int seq) {
  return pool_->run([&](pqxx::connection& c) -> std::optional<int> {
    pqxx::nontransaction tx(c);
    pool_->count_round_trips(1);
    const auto rows = tx.exec_params(
        "UPDATE quiz_sessions SET hints = hints + 1 WHERE channel = $1 AND user_id = $2 "
        "AND current_seq = $3 AND current_question <> '' RETURNING hints",
        channel, user, seq);
    if (rows.empty()) return std::nullopt;
    return rows[0][0].as<int>();
  });
}

std::optional<QuizSession> PgQuizStore::stop(const std::string& channel, const std::string& user) {
  return pool_->run([&](pqxx::connection& c) -> std::optional<QuizSession> {
    pqxx::work tx(c);
    durable(tx);
    skip_pending(tx, channel, user);
    const auto rows = tx.exec_params(std::string("UPDATE quiz_sessions SET active = false "
                                                 "WHERE channel = $1 AND user_id = $2 "
                                                 "RETURNING ") +
                                         kSessionColumns,
                                     channel, user);
    pool_->count_round_trips(6);
    if (rows.empty()) return std::nullopt;
    tx.commit();
    return read_session(rows[0]);
  });
}

std::vector<AskedQuestion> PgQuizStore::history(const std::string& channel,
                                                const std::string& user) {
  return pool_->run([&](pqxx::connection& c) {
    pqxx::nontransaction tx(c);
    pool_->count_round_trips(1);
    std::vector<AskedQuestion> out;
    for (const auto& r :
         tx.exec_params("SELECT question_id, seq, outcome FROM quiz_last WHERE channel = $1 AND "
                        "user_id = $2 ORDER BY question_id",
                        channel, user)) {
      out.push_back({r[0].as<std::string>(), r[1].as<int>(), static_cast<Outcome>(r[2].as<int>())});
    }
    return out;
  });
}

std::vector<LeaderboardEntry> PgQuizStore::leaderboard(const std::string& channel, int limit) {
  return pool_->run([&](pqxx::connection& c) {
    pqxx::nontransaction tx(c);
    pool_->count_round_trips(1);
    std::vector<LeaderboardEntry> out;
    for (const auto& r : tx.exec_params(
             "SELECT user_id, points, streak, best_streak, answered, correct FROM quiz_sessions "
             "WHERE channel = $1 ORDER BY points DESC, best_streak DESC, user_id COLLATE \"C\" "
             "LIMIT $2",
             channel, limit)) {
      out.push_back(
          {r[0].as<std::string>(),
           {r[1].as<int>(), r[2].as<int>(), r[3].as<int>(), r[4].as<int>(), r[5].as<int>()}});
    }
    return out;
  });
}

}  // namespace lenbot
