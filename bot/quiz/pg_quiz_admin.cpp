#include "bot/quiz/pg_quiz_admin.h"

#include "bot/quiz/quiz_store.h"

namespace lenbot {
namespace {

// Quiz channels are stored as "<channel kind>:<id>"; an admin types the bare id.
constexpr std::string_view kChannelMatches =
    "(channel = $1 OR channel = 'discord:' || $1 OR channel = 'webhook:' || $1)";

int affected(const pqxx::result& result) { return static_cast<int>(result.affected_rows()); }

}  // namespace

PgQuizAdmin::PgQuizAdmin(std::shared_ptr<PgPool> pool) : pool_(std::move(pool)) {}

int PgQuizAdmin::reset_leaderboard(const std::string& channel) {
  const std::string sql =
      "UPDATE quiz_sessions SET points = 0, streak = 0, best_streak = 0, answered = 0, "
      "correct = 0";
  return pool_->run([&](pqxx::connection& c) {
    pqxx::nontransaction tx(c);
    pool_->count_round_trips(1);
    if (channel.empty()) return affected(tx.exec(sql));
    return affected(tx.exec_params(sql + " WHERE " + std::string(kChannelMatches), channel));
  });
}

int PgQuizAdmin::remove_user(const std::string& user_id) {
  return pool_->run([&](pqxx::connection& c) {
    pqxx::work tx(c);
    int removed = 0;
    for (const char* table : {"quiz_sessions", "quiz_asked", "quiz_last", "quiz_answers"}) {
      removed += affected(
          tx.exec_params("DELETE FROM " + std::string(table) + " WHERE user_id = $1", user_id));
    }
    // Conversation ids end with the user id: "discord:<channel>:<user>".
    removed += affected(tx.exec_params(
        "DELETE FROM conversations WHERE id = $1 OR right(id, length($1) + 1) = ':' || $1",
        user_id));
    tx.commit();
    pool_->count_round_trips(7);  // BEGIN, five statements, COMMIT
    return removed;
  });
}

bool PgQuizAdmin::block_channel(const std::string& channel_id) {
  return pool_->run([&](pqxx::connection& c) {
    pqxx::nontransaction tx(c);
    pool_->count_round_trips(1);
    return affected(tx.exec_params(
               "INSERT INTO blocked_channels (channel) VALUES ($1) ON CONFLICT DO NOTHING",
               channel_id)) > 0;
  });
}

bool PgQuizAdmin::unblock_channel(const std::string& channel_id) {
  return pool_->run([&](pqxx::connection& c) {
    pqxx::nontransaction tx(c);
    pool_->count_round_trips(1);
    return affected(tx.exec_params("DELETE FROM blocked_channels WHERE channel = $1", channel_id)) >
           0;
  });
}

std::vector<std::string> PgQuizAdmin::blocked_channels() {
  return pool_->run([&](pqxx::connection& c) {
    pqxx::nontransaction tx(c);
    pool_->count_round_trips(1);
    std::vector<std::string> out;
    for (const auto& row : tx.exec("SELECT channel FROM blocked_channels ORDER BY channel")) {
      out.push_back(row[0].as<std::string>());
    }
    return out;
  });
}

QuizStats read_quiz_stats(PgPool& pool) {
  return pool.run([&](pqxx::connection& c) {
    pqxx::nontransaction tx(c);
    pool.count_round_trips(1);
    const pqxx::row r = tx.exec_params1(
        "SELECT (SELECT count(*) FROM quiz_sessions), "
        "(SELECT count(*) FROM quiz_sessions WHERE active), count(*), "
        "count(*) FILTER (WHERE outcome = $1), count(*) FILTER (WHERE outcome = $2), "
        "count(*) FILTER (WHERE outcome = $3) FROM quiz_asked",
        static_cast<int>(Outcome::kRight), static_cast<int>(Outcome::kWrong),
        static_cast<int>(Outcome::kSkipped));
    QuizStats stats;
    stats.players = r[0].as<std::int64_t>();
    stats.sessions_active = r[1].as<std::int64_t>();
    stats.questions_asked = r[2].as<std::int64_t>();
    stats.answers_right = r[3].as<std::int64_t>();
    stats.answers_wrong = r[4].as<std::int64_t>();
    stats.skipped = r[5].as<std::int64_t>();
    return stats;
  });
}

}  // namespace lenbot
