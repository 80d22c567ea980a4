#include "bot/cli/pg_state.h"

#include "bot/config/config.h"
#include "bot/storage/pg_migrations.h"

namespace lenbot {

std::shared_ptr<PgPool> open_pg_state(const std::string& state_db) {
  if (!is_postgres_uri(state_db)) return nullptr;
  PgPoolOptions options;
  options.uri = state_db;
  options.size = 1;  // one command, one thread
  auto pool = std::make_shared<PgPool>(options);
  migrate(*pool);
  return pool;
}

}  // namespace lenbot
