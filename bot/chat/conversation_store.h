#pragma once
// Conversation memory, so follow-ups ("why?", "what about miku?", "source?") resolve against the
// last turn. A narrow interface: the Bot needs load and save, nothing else. Backends: SQLite
// (below, one machine) and PostgreSQL (pg_conversation_store.h, shared by replicas); both are
// thread-safe.
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bot/storage/connection_pool.h"
#include "bot/storage/database.h"

namespace lenbot {

struct ConversationState {
  int turn = 0;                 // turns taken so far
  std::string last_question;    // the last question that was answered from the article
  std::vector<int> last_facts;  // fact ids of that answer, best first
  // Every fact (clause) Len has said in this conversation, oldest first, at most kMaxSaidFacts:
  // a follow-up never says one of them again.
  std::vector<int> said_facts;
};

// Fact lists as every backend stores them: a JSON array of integers, "[85,84]". Decoding skips
// anything in it that is not an integer.
std::string encode_facts(const std::vector<int>& facts);
std::vector<int> decode_facts(std::string_view text);

inline constexpr std::size_t kMaxSaidFacts = 64;

// Adds `facts` to `state.said_facts` (each once), dropping the oldest past kMaxSaidFacts.
void remember_said(ConversationState& state, const std::vector<int>& facts);
// Whether fact `id` was said in this conversation.
bool was_said(const ConversationState& state, int id);

class ConversationStore {
 public:
  virtual ~ConversationStore() = default;
  // The state of `id`, or nullopt when unknown or idle for longer than the time-to-live.
  virtual std::optional<ConversationState> load(const std::string& id, std::int64_t now) = 0;
  virtual void save(const std::string& id, const ConversationState& state, std::int64_t now) = 0;
};

// SQLite (WAL) backend in the state database; expired conversations are purged on save, at
// most once a minute.
class SqliteConversationStore : public ConversationStore {
 public:
  // Opens the database at `path` and checks it; throws StorageError naming the file when it is
  // not a database or is damaged (never replacing it).
  SqliteConversationStore(const std::string& path, int ttl_seconds);
  std::optional<ConversationState> load(const std::string& id, std::int64_t now) override;
  void save(const std::string& id, const ConversationState& state, std::int64_t now) override;

 private:
  struct Session {
    explicit Session(const std::string& path);
    Database db;
    Statement load;
    Statement save;
    Statement purge;
  };
  ConnectionPool<Session> pool_;
  int ttl_seconds_;
  std::atomic<std::int64_t> last_purge_{0};
  std::mutex write_mutex_;
};

}  // namespace lenbot
