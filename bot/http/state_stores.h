#pragma once
// The state store a server runs on, chosen by `state_db`: a SQLite file (the default, one
// machine) or a `postgresql://` URI (N replicas sharing one database). Opens it, applies the
// PostgreSQL migrations, and hands out the stores the Bot, the quiz and the Discord replay
// check use, all over one connection pool per process.
#include <functional>
#include <memory>
#include <string>

#include "bot/channels/replay_guard.h"
#include "bot/chat/conversation_store.h"
#include "bot/http/metrics.h"
#include "bot/http/status_routes.h"
#include "bot/quiz/quiz_moderation.h"
#include "bot/quiz/quiz_stats.h"
#include "bot/quiz/quiz_store.h"

namespace lenbot {

struct StateStores {
  std::shared_ptr<ConversationStore> conversations;  // null: the Bot opens its own SQLite file
  std::shared_ptr<QuizStore> quiz;                   // null: QuizHub opens its own SQLite file
  std::shared_ptr<ReplayGuard> replays;              // never null
  StateProbe problem;                                // unset for SQLite
  std::function<Metrics::StateStats()> stats;        // unset for SQLite
  // Moderation (/quizadmin, the blocklist), a fresh one per use, and the quiz's /metrics
  // figures: never unset.
  std::function<std::unique_ptr<QuizModeration>()> moderation;
  std::function<QuizStats()> quiz_stats;
  std::string description;  // for the start-up log (no password)
};

// `state_db` is a SQLite path ("" keeps no conversation memory; the quiz and the replay
// ledger then use `sqlite_fallback`) or a PostgreSQL URI, served by at most `pool_size`
// connections. Throws StorageError (a bad URI, a schema newer than this binary) or
// StateUnavailable (wrong password, server unreachable) with one line saying which.
StateStores open_state_stores(const std::string& state_db, const std::string& sqlite_fallback,
                              int pool_size);

}  // namespace lenbot
