#pragma once
// The PostgreSQL state schema as numbered migrations, applied at start-up. Every replica runs
// migrate() as it starts; a transaction-scoped advisory lock makes the others wait while one
// applies, and a version table records what is done, so each migration runs exactly once.
// A migration, once released, is never edited: a change is a new entry at the end.
#include <span>
#include <string_view>

#include "bot/storage/pg_pool.h"

namespace lenbot {

struct PgMigration {
  int version;
  std::string_view name;
  std::string_view sql;
};

// Every migration in the order they apply.
std::span<const PgMigration> pg_migrations();

// Brings the database to the latest version; returns how many migrations this call applied.
// Throws StorageError when the database is newer than this binary (a replica from an older
// release must not write into a schema it does not know).
int migrate(PgPool& pool);

}  // namespace lenbot
