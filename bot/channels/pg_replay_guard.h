#pragma once
// ReplayGuard in PostgreSQL, shared by every replica: one INSERT ... ON CONFLICT DO NOTHING per
// interaction (the primary key decides which replica saw a signature first); the purge of
// signatures past their memory rides in the same statement once a minute per replica.
#include <atomic>
#include <memory>

#include "bot/channels/replay_guard.h"
#include "bot/storage/pg_pool.h"

namespace lenbot {

class PgReplayGuard : public ReplayGuard {
 public:
  // `pool` is migrated already (pg_migrations.h).
  explicit PgReplayGuard(std::shared_ptr<PgPool> pool);
  bool first_sighting(const std::string& signature, std::int64_t now) override;

 private:
  std::shared_ptr<PgPool> pool_;
  std::atomic<std::int64_t> last_purge_{0};
};

}  // namespace lenbot
