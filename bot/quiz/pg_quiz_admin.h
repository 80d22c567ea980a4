#pragma once
// QuizModeration on the PostgreSQL state store that every replica shares, so a moderator's
// change reaches them all (each replica's ChannelBlocklist re-reads within seconds).
// Thread-safe: every call borrows a connection from the pool.
#include <memory>

#include "bot/quiz/quiz_moderation.h"
#include "bot/quiz/quiz_stats.h"
#include "bot/storage/pg_pool.h"

namespace lenbot {

class PgQuizAdmin : public QuizModeration {
 public:
  // `pool` is migrated already (pg_migrations.h).
  explicit PgQuizAdmin(std::shared_ptr<PgPool> pool);
  int reset_leaderboard(const std::string& channel) override;
  int remove_user(const std::string& user_id) override;
  bool block_channel(const std::string& channel_id) override;
  bool unblock_channel(const std::string& channel_id) override;
  std::vector<std::string> blocked_channels() override;

 private:
  std::shared_ptr<PgPool> pool_;
};

// The quiz figures /metrics reports (quiz_stats.h), from the shared database: every replica
// reports the same totals.
QuizStats read_quiz_stats(PgPool& pool);

}  // namespace lenbot
