#include "bot/channels/pg_replay_guard.h"

namespace lenbot {
namespace {

constexpr std::int64_t kPurgeEverySeconds = 60;

}  // namespace

PgReplayGuard::PgReplayGuard(std::shared_ptr<PgPool> pool) : pool_(std::move(pool)) {
  pool_->prepare("discord_seen",
                 "WITH purged AS (DELETE FROM discord_seen WHERE $3 AND seen_at < $4 "
                 "AND signature <> $1) "
                 "INSERT INTO discord_seen (signature, seen_at) VALUES ($1, $2) "
                 "ON CONFLICT DO NOTHING");
}

bool PgReplayGuard::first_sighting(const std::string& signature, std::int64_t now) {
  std::int64_t last = last_purge_.load();
  const bool purge =
      now - last >= kPurgeEverySeconds && last_purge_.compare_exchange_strong(last, now);
  return pool_->run([&](pqxx::connection& c) {
    pqxx::nontransaction tx(c);
    const auto result =
        tx.exec_prepared("discord_seen", signature, now, purge, now - kReplayMemorySeconds);
    pool_->count_round_trips(1);
    return result.affected_rows() == 1;
  });
}

}  // namespace lenbot
