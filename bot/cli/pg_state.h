#pragma once
// The PostgreSQL state store as a command-line command opens it (state_db is a postgresql://
// URI): one connection, migrated, so `lenbot chat`, `quiz` and `admin` read and write what the
// replicas do. Throws StorageError for a bad URI, StateUnavailable when it cannot connect.
#include <memory>
#include <string>

#include "bot/storage/pg_pool.h"

namespace lenbot {

// nullptr when `state_db` is not a PostgreSQL URI.
std::shared_ptr<PgPool> open_pg_state(const std::string& state_db);

}  // namespace lenbot
