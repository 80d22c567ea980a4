#include "bot/chat/pg_conversation_store.h"

namespace lenbot {
namespace {

constexpr std::int64_t kPurgeEverySeconds = 60;

}  // namespace

PgConversationStore::PgConversationStore(std::shared_ptr<PgPool> pool, int ttl_seconds)
    : pool_(std::move(pool)), ttl_seconds_(ttl_seconds) {
  pool_->prepare("conversation_load",
                 "SELECT turn, last_question, last_facts, said_facts FROM conversations "
                 "WHERE id = $1 AND updated_at >= $2");
  // The purge is a data-modifying CTE, so it costs no extra round trip; it never touches the
  // row being saved (a statement may not delete and upsert the same row).
  pool_->prepare("conversation_save",
                 "WITH purged AS (DELETE FROM conversations WHERE $6 AND updated_at < $7 "
                 "AND id <> $1) "
                 "INSERT INTO conversations (id, turn, last_question, last_facts, updated_at, "
                 "said_facts) VALUES ($1, $2, $3, $4, $5, $8) ON CONFLICT (id) DO UPDATE SET "
                 "turn = excluded.turn, last_question = excluded.last_question, "
                 "last_facts = excluded.last_facts, updated_at = excluded.updated_at, "
                 "said_facts = excluded.said_facts");
}

std::optional<ConversationState> PgConversationStore::load(const std::string& id,
                                                           std::int64_t now) {
  return pool_->run([&](pqxx::connection& c) -> std::optional<ConversationState> {
    pqxx::nontransaction tx(c);
    const pqxx::result rows = tx.exec_prepared("conversation_load", id, now - ttl_seconds_);
    pool_->count_round_trips(1);
    if (rows.empty()) return std::nullopt;
    return ConversationState{rows[0][0].as<int>(), rows[0][1].as<std::string>(),
                             decode_facts(rows[0][2].as<std::string>()),
                             decode_facts(rows[0][3].as<std::string>())};
  });
}

void PgConversationStore::save(const std::string& id, const ConversationState& state,
                               std::int64_t now) {
  std::int64_t last = last_purge_.load();
  const bool purge =
      now - last >= kPurgeEverySeconds && last_purge_.compare_exchange_strong(last, now);
  pool_->run([&](pqxx::connection& c) {
    pqxx::nontransaction tx(c);
    tx.exec_prepared("conversation_save", id, state.turn, state.last_question,
                     encode_facts(state.last_facts), now, purge, now - ttl_seconds_,
                     encode_facts(state.said_facts));
    pool_->count_round_trips(1);
  });
}

}  // namespace lenbot
