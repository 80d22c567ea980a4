#pragma once
// The SQLite state schema (conversations, quiz, moderation, the Discord replay ledger) as
// numbered migrations, recorded in the file's PRAGMA user_version. Every store runs
// migrate_state() on the connection it opens; BEGIN IMMEDIATE makes a second opener wait, then
// find nothing to do. A released migration is never edited: a change is a new entry at the end
// (pg_migrations.h is the same list for PostgreSQL).
#include <span>
#include <string_view>

#include "bot/storage/database.h"

namespace lenbot {

struct SqliteMigration {
  int version;
  std::string_view name;
  void (*apply)(Database& db);
};

// Every migration in the order they apply.
std::span<const SqliteMigration> sqlite_state_migrations();

// The version a state file is at: 0 for a new file or one written before versioning.
int state_schema_version(Database& db);

// Brings the file to the latest version; returns how many migrations this call applied.
// Throws StorageError when the file is newer than this binary: an older lenbot must not write
// into a schema it does not know (restore the backup taken before the upgrade instead).
int migrate_state(Database& db);

}  // namespace lenbot
