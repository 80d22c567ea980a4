#include "bot/chat/conversation_store.h"

#include <nlohmann/json.hpp>

namespace lenbot {
namespace {

constexpr std::int64_t kPurgeEverySeconds = 60;

constexpr std::string_view kSchema = R"sql(
CREATE TABLE IF NOT EXISTS conversations(
  id TEXT PRIMARY KEY,
  turn INTEGER NOT NULL,
  last_question TEXT NOT NULL,
  last_facts TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS conversations_updated ON conversations(updated_at);
)sql";

Database open_with_schema(const std::string& path) {
  Database db(path);
  db.exec(kSchema);
  return db;
}

}  // namespace

SqliteConversationStore::Session::Session(const std::string& path)
    : db(open_with_schema(path)),
      load(db.prepare("SELECT turn, last_question, last_facts, updated_at FROM conversations "
                      "WHERE id = ?1")),
      save(db.prepare(
          "INSERT INTO conversations(id, turn, last_question, last_facts, updated_at) "
          "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(id) DO UPDATE SET turn = excluded.turn, "
          "last_question = excluded.last_question, last_facts = excluded.last_facts, "
          "updated_at = excluded.updated_at")),
      purge(db.prepare("DELETE FROM conversations WHERE updated_at < ?1")) {}

SqliteConversationStore::SqliteConversationStore(const std::string& path, int ttl_seconds)
    : pool_(path), ttl_seconds_(ttl_seconds) {
  // Open (and create the schema) now, so a bad path or a damaged file fails at start-up.
  pool_.acquire()->db.check_integrity();
}

std::optional<ConversationState> SqliteConversationStore::load(const std::string& id,
                                                               std::int64_t now) {
  auto session = pool_.acquire();
  auto& stmt = session->load;
  stmt.reset();
  stmt.bind(1, id);
  std::optional<ConversationState> state;
  if (stmt.step() && stmt.column_int(3) >= now - ttl_seconds_) {
    state = ConversationState{static_cast<int>(stmt.column_int(0)), stmt.column_text(1), {}};
    const auto facts = nlohmann::json::parse(stmt.column_text(2), nullptr, false);
    if (facts.is_array()) {
      for (const auto& id_value : facts) {
        if (id_value.is_number_integer()) state->last_facts.push_back(id_value.get<int>());
      }
    }
  }
  stmt.reset();
  return state;
}

void SqliteConversationStore::save(const std::string& id, const ConversationState& state,
                                   std::int64_t now) {
  auto session = pool_.acquire();
  session->save.reset();
  session->save.bind(1, id)
      .bind(2, state.turn)
      .bind(3, state.last_question)
      .bind(4, nlohmann::json(state.last_facts).dump())
      .bind(5, now);
  session->save.run();
  // Expired conversations go at most once a minute, not on every turn.
  std::int64_t last = last_purge_.load();
  if (now - last >= kPurgeEverySeconds && last_purge_.compare_exchange_strong(last, now)) {
    session->purge.reset();
    session->purge.bind(1, now - ttl_seconds_).run();
  }
}

}  // namespace lenbot
