#include "bot/http/state_stores.h"

#include <filesystem>

#include "bot/channels/pg_replay_guard.h"
#include "bot/channels/sqlite_replay_guard.h"
#include "bot/chat/pg_conversation_store.h"
#include "bot/config/config.h"
#include "bot/quiz/pg_quiz_admin.h"
#include "bot/quiz/pg_quiz_store.h"
#include "bot/quiz/quiz_admin.h"
#include "bot/quiz/quiz_stats.h"
#include "bot/storage/pg_migrations.h"
#include "bot/storage/pg_pool.h"

namespace lenbot {
namespace {

constexpr int kConversationTtlSeconds = 3600;

StateStores open_postgres(const std::string& uri, int pool_size) {
  PgPoolOptions options;
  options.uri = uri;
  options.size = static_cast<std::size_t>(pool_size);
  auto pool = std::make_shared<PgPool>(options);
  const int applied = migrate(*pool);
  StateStores stores;
  stores.conversations = std::make_shared<PgConversationStore>(pool, kConversationTtlSeconds);
  stores.quiz = std::make_shared<PgQuizStore>(pool);
  stores.replays = std::make_shared<PgReplayGuard>(pool);
  stores.problem = [pool] { return pool->problem(); };
  stores.stats = [pool] { return Metrics::StateStats{pool->round_trips(), pool->errors()}; };
  stores.moderation = [pool] { return std::make_unique<PgQuizAdmin>(pool); };
  stores.quiz_stats = [pool] { return read_quiz_stats(*pool); };
  stores.description = redact_uri(uri) + " (PostgreSQL, " + std::to_string(pool_size) +
                       " connections at most, " + std::to_string(applied) +
                       " migrations applied now)";
  return stores;
}

}  // namespace

StateStores open_state_stores(const std::string& state_db, const std::string& sqlite_fallback,
                              int pool_size) {
  if (is_postgres_uri(state_db)) return open_postgres(state_db, pool_size);
  if (state_db.find("://") != std::string::npos) {
    throw StorageError("state_db: " + redact_uri(state_db) +
                       " is not a file path or a postgresql:// URI");
  }
  const std::string path = state_db.empty() ? sqlite_fallback : state_db;
  const auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent);
  StateStores stores;
  stores.replays = std::make_shared<SqliteReplayGuard>(path);
  stores.moderation = [path] { return std::make_unique<QuizAdmin>(path); };
  stores.quiz_stats = [reader = std::make_shared<QuizStatsReader>(path)] { return reader->read(); };
  stores.description = path + " (SQLite)";
  return stores;
}

}  // namespace lenbot
