#include "bot/storage/sqlite_migrations.h"

#include <array>
#include <string>

namespace lenbot {
namespace {

// Version 1 is the schema as it stood when versioning began. Files from before then are at
// user_version 0 in any of the earlier shapes, so this step only creates what is missing and
// brings older tables up to it.
constexpr std::string_view kBaseline = R"sql(
CREATE TABLE IF NOT EXISTS conversations(
  id TEXT PRIMARY KEY,
  turn INTEGER NOT NULL,
  last_question TEXT NOT NULL,
  last_facts TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  said_facts TEXT NOT NULL DEFAULT '[]'
);
DROP INDEX IF EXISTS conversations_updated;
-- No index on updated_at: every turn moved the row in it, one more page written to the WAL per
-- turn, while the purge it served runs once a minute over at most an hour of conversations.

CREATE TABLE IF NOT EXISTS quiz_sessions (
  channel TEXT NOT NULL,
  user TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  until_part INTEGER NOT NULL,
  story_order INTEGER NOT NULL,
  current_question TEXT NOT NULL DEFAULT '',
  current_seq INTEGER NOT NULL DEFAULT 0,
  hints INTEGER NOT NULL DEFAULT 0,
  points INTEGER NOT NULL DEFAULT 0,
  streak INTEGER NOT NULL DEFAULT 0,
  best_streak INTEGER NOT NULL DEFAULT 0,
  answered INTEGER NOT NULL DEFAULT 0,
  correct INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (channel, user)
);
CREATE TABLE IF NOT EXISTS quiz_asked (
  channel TEXT NOT NULL,
  user TEXT NOT NULL,
  seq INTEGER NOT NULL,
  question_id TEXT NOT NULL,
  outcome INTEGER NOT NULL DEFAULT 0,
  points INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (channel, user, seq)
);
CREATE INDEX IF NOT EXISTS quiz_sessions_board ON quiz_sessions (channel, points DESC);
-- The latest time each question was put to each session: what history() reads. A session's
-- log in quiz_asked grows with every question; this stays one row per question. The triggers
-- keep it in the same transaction as the log, so the two never disagree.
CREATE TABLE IF NOT EXISTS quiz_last (
  channel TEXT NOT NULL,
  user TEXT NOT NULL,
  question_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  outcome INTEGER NOT NULL,
  PRIMARY KEY (channel, user, question_id)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS quiz_last_on_ask AFTER INSERT ON quiz_asked BEGIN
  INSERT INTO quiz_last (channel, user, question_id, seq, outcome)
  VALUES (NEW.channel, NEW.user, NEW.question_id, NEW.seq, NEW.outcome)
  ON CONFLICT (channel, user, question_id) DO UPDATE
  SET seq = excluded.seq, outcome = excluded.outcome WHERE excluded.seq > quiz_last.seq;
END;
CREATE TRIGGER IF NOT EXISTS quiz_last_on_outcome AFTER UPDATE OF outcome ON quiz_asked BEGIN
  UPDATE quiz_last SET outcome = NEW.outcome
  WHERE channel = NEW.channel AND user = NEW.user AND question_id = NEW.question_id
    AND seq = NEW.seq;
END;
-- A file written before quiz_last existed: its log fills it. (SQLite returns the bare columns
-- of the MAX() row.)
INSERT OR IGNORE INTO quiz_last (channel, user, question_id, seq, outcome)
  SELECT channel, user, question_id, MAX(seq), outcome FROM quiz_asked
  GROUP BY channel, user, question_id;

CREATE TABLE IF NOT EXISTS blocked_channels (
  channel TEXT PRIMARY KEY,
  blocked_at INTEGER NOT NULL DEFAULT (unixepoch())
);

-- Discord request signatures already accepted, kept for twice the 300 s freshness window.
CREATE TABLE IF NOT EXISTS discord_seen (
  signature TEXT PRIMARY KEY,
  seen_at INTEGER NOT NULL
) WITHOUT ROWID;
)sql";

bool has_column(Database& db, std::string_view table, std::string_view column) {
  auto columns = db.prepare("SELECT 1 FROM pragma_table_info(?1) WHERE name = ?2");
  columns.bind(1, table).bind(2, column);
  return columns.step();
}

void baseline(Database& db) {
  // A conversations table from before said_facts keeps its rows: nothing said yet.
  if (has_column(db, "conversations", "id") && !has_column(db, "conversations", "said_facts")) {
    db.exec("ALTER TABLE conversations ADD COLUMN said_facts TEXT NOT NULL DEFAULT '[]'");
  }
  db.exec(kBaseline);
}

constexpr std::array kMigrations = {
    SqliteMigration{1, "conversations, quiz, moderation, discord replay ledger", baseline},
};

}  // namespace

std::span<const SqliteMigration> sqlite_state_migrations() { return kMigrations; }

int state_schema_version(Database& db) {
  auto version = db.prepare("PRAGMA user_version");
  version.step();
  return static_cast<int>(version.column_int(0));
}

int migrate_state(Database& db) {
  const int latest = kMigrations.back().version;
  if (state_schema_version(db) == latest) return 0;  // the common case: no write lock taken
  Transaction transaction(db);
  const int current = state_schema_version(db);  // again, now that no one else can be migrating
  if (current > latest) {
    throw StorageError("state file " + db.path() + " is at schema version " +
                       std::to_string(current) + ", newer than this lenbot knows (" +
                       std::to_string(latest) + "): upgrade lenbot, or restore the backup " +
                       "taken before the upgrade");
  }
  int applied = 0;
  for (const SqliteMigration& migration : kMigrations) {
    if (migration.version <= current) continue;
    migration.apply(db);
    ++applied;
  }
  // PRAGMA takes no bound parameters; the value is this binary's own constant.
  db.exec("PRAGMA user_version = " + std::to_string(latest));
  transaction.commit();
  return applied;
}

}  // namespace lenbot
