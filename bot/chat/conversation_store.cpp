#include "bot/chat/conversation_store.h"

#include <algorithm>
#include <charconv>

#include "bot/storage/sqlite_migrations.h"

namespace lenbot {
namespace {

constexpr std::int64_t kPurgeEverySeconds = 60;

}  // namespace

std::string encode_facts(const std::vector<int>& facts) {
  std::string out = "[";
  for (std::size_t i = 0; i < facts.size(); ++i) {
    if (i > 0) out += ',';
    out += std::to_string(facts[i]);
  }
  return out + "]";
}

// The integers of a stored array; anything else in it is skipped.
std::vector<int> decode_facts(std::string_view text) {
  const auto is_separator = [](char c) { return c == '[' || c == ']' || c == ',' || c == ' '; };
  std::vector<int> facts;
  const char* p = text.data();
  const char* end = p + text.size();
  while (true) {
    while (p < end && is_separator(*p)) ++p;
    if (p == end) break;
    int value = 0;
    const auto [next, error] = std::from_chars(p, end, value);
    if (error == std::errc() && (next == end || is_separator(*next))) facts.push_back(value);
    p = next;
    while (p < end && *p != ',') ++p;  // the rest of an element that is not an integer
  }
  return facts;
}

namespace {

Database open_with_schema(const std::string& path) {
  Database db(path);
  migrate_state(db);
  return db;
}

}  // namespace

void remember_said(ConversationState& state, const std::vector<int>& facts) {
  for (int id : facts) {
    if (!was_said(state, id)) state.said_facts.push_back(id);
  }
  if (state.said_facts.size() > kMaxSaidFacts) {
    state.said_facts.erase(state.said_facts.begin(),
                           state.said_facts.end() - static_cast<std::ptrdiff_t>(kMaxSaidFacts));
  }
}

bool was_said(const ConversationState& state, int id) {
  return std::find(state.said_facts.begin(), state.said_facts.end(), id) != state.said_facts.end();
}

SqliteConversationStore::Session::Session(const std::string& path)
    : db(open_with_schema(path)),
      load(db.prepare("SELECT turn, last_question, last_facts, updated_at, said_facts "
                      "FROM conversations WHERE id = ?1")),
      save(db.prepare(
          "INSERT INTO conversations(id, turn, last_question, last_facts, updated_at, said_facts) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(id) DO UPDATE SET turn = excluded.turn, "
          "last_question = excluded.last_question, last_facts = excluded.last_facts, "
          "updated_at = excluded.updated_at, said_facts = excluded.said_facts")),
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
    state = ConversationState{static_cast<int>(stmt.column_int(0)), stmt.column_text(1),
                              decode_facts(stmt.column_text(2)), decode_facts(stmt.column_text(4))};
  }
  stmt.reset();
  return state;
}

void SqliteConversationStore::save(const std::string& id, const ConversationState& state,
                                   std::int64_t now) {
  auto session = pool_.acquire();
  // One writer at a time in this process: SQLite allows one anyway, and a writer that finds
  // the lock taken sleeps in its busy handler (1, 2, 5, 10 ms ...) instead of being woken.
  std::lock_guard writing(write_mutex_);
  session->save.reset();
  session->save.bind(1, id)
      .bind(2, state.turn)
      .bind(3, state.last_question)
      .bind(4, encode_facts(state.last_facts))
      .bind(5, now)
      .bind(6, encode_facts(state.said_facts));
  session->save.run();
  // Expired conversations go at most once a minute, not on every turn.
  std::int64_t last = last_purge_.load();
  if (now - last >= kPurgeEverySeconds && last_purge_.compare_exchange_strong(last, now)) {
    session->purge.reset();
    session->purge.bind(1, now - ttl_seconds_).run();
  }
}

}  // namespace lenbot
