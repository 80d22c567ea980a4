#pragma once
// Conversation memory in PostgreSQL, shared by every replica, so a follow-up finds the turn
// before it whichever replica answered that. One statement (one round trip) to load and one to
// save; the expired-conversation purge rides in the save statement at most once a minute per
// replica, and is harmless when several replicas run it at once.
#include <atomic>
#include <memory>

#include "bot/chat/conversation_store.h"
#include "bot/storage/pg_pool.h"

namespace lenbot {

class PgConversationStore : public ConversationStore {
 public:
  // `pool` is migrated already (pg_migrations.h).
  PgConversationStore(std::shared_ptr<PgPool> pool, int ttl_seconds);
  std::optional<ConversationState> load(const std::string& id, std::int64_t now) override;
  void save(const std::string& id, const ConversationState& state, std::int64_t now) override;

 private:
  std::shared_ptr<PgPool> pool_;
  int ttl_seconds_;
  std::atomic<std::int64_t> last_purge_{0};
};

}  // namespace lenbot
