#include "bot/storage/pg_migrations.h"

#include <array>
#include <string>

namespace lenbot {
namespace {

// Any fixed 64-bit number works; this one is "lenbot" in ASCII, so it shows in pg_locks.
constexpr long long kMigrationLock = 0x6c656e626f74;

constexpr std::string_view kInitial = R"sql(
CREATE TABLE conversations (
  id text PRIMARY KEY,
  turn integer NOT NULL,
  last_question text NOT NULL,
  last_facts text NOT NULL,
  updated_at bigint NOT NULL
);
-- No index on updated_at, as in SQLite: it would move on every turn (and rule out HOT
-- updates), to serve a purge that runs once a minute per replica.

CREATE TABLE quiz_sessions (
  channel text NOT NULL,
  user_id text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  until_part integer NOT NULL,
  story_order boolean NOT NULL,
  current_question text NOT NULL DEFAULT '',
  current_seq integer NOT NULL DEFAULT 0,
  hints integer NOT NULL DEFAULT 0,
  points integer NOT NULL DEFAULT 0,
  streak integer NOT NULL DEFAULT 0,
  best_streak integer NOT NULL DEFAULT 0,
  answered integer NOT NULL DEFAULT 0,
  correct integer NOT NULL DEFAULT 0,
  PRIMARY KEY (channel, user_id)
);
CREATE INDEX quiz_sessions_board ON quiz_sessions (channel, points DESC, best_streak DESC);

-- Every question put to a session, with its outcome (0 pending, 1 right, 2 wrong, 3 skipped).
CREATE TABLE quiz_asked (
  channel text NOT NULL,
  user_id text NOT NULL,
  seq integer NOT NULL,
  question_id text NOT NULL,
  outcome integer NOT NULL DEFAULT 0,
  points integer NOT NULL DEFAULT 0,
  PRIMARY KEY (channel, user_id, seq)
);

-- The latest time each question was put to each session (what history() reads).
CREATE TABLE quiz_last (
  channel text NOT NULL,
  user_id text NOT NULL,
  question_id text NOT NULL,
  seq integer NOT NULL,
  outcome integer NOT NULL,
  PRIMARY KEY (channel, user_id, question_id)
);

-- One row per graded question: the primary key is what makes an answer count once when two
-- replicas grade the same question at the same moment.
CREATE TABLE quiz_answers (
  channel text NOT NULL,
  user_id text NOT NULL,
  seq integer NOT NULL,
  outcome integer NOT NULL,
  points integer NOT NULL,
  PRIMARY KEY (channel, user_id, seq)
);

-- Discord request signatures already accepted, kept for twice the 300 s freshness window.
CREATE TABLE discord_seen (
  signature text PRIMARY KEY,
  seen_at bigint NOT NULL
);
CREATE INDEX discord_seen_at ON discord_seen (seen_at);
)sql";

// Every fact Len has said in a conversation, so a follow-up never says one again (as in
// SQLite's conversations.said_facts); older rows: nothing said.
constexpr std::string_view kSaidFacts = R"sql(
ALTER TABLE conversations ADD COLUMN said_facts text NOT NULL DEFAULT '[]';
)sql";

// Channels moderators silenced (`lenbot admin block-channel`, /quizadmin), as in SQLite.
constexpr std::string_view kBlockedChannels = R"sql(
CREATE TABLE blocked_channels (
  channel text PRIMARY KEY,
  blocked_at bigint NOT NULL DEFAULT extract(epoch FROM now())::bigint
);
)sql";

constexpr std::array kMigrations = {
    PgMigration{1, "conversations, quiz, discord replay ledger", kInitial},
    PgMigration{2, "conversations.said_facts", kSaidFacts},
    PgMigration{3, "blocked_channels", kBlockedChannels},
};

}  // namespace

std::span<const PgMigration> pg_migrations() { return kMigrations; }

int migrate(PgPool& pool) {
  return pool.run([](pqxx::connection& c) {
    pqxx::work tx(c);
    // Held until commit: a second replica starting now waits here, then finds nothing to do.
    tx.exec_params("SELECT pg_advisory_xact_lock($1)", kMigrationLock);
    tx.exec(
        "CREATE TABLE IF NOT EXISTS lenbot_schema_migrations (version integer PRIMARY KEY, "
        "name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
    const auto current =
        tx.exec("SELECT coalesce(max(version), 0) FROM lenbot_schema_migrations")[0][0].as<int>();
    const int latest = kMigrations.back().version;
    if (current > latest) {
      throw StorageError("state database schema is at version " + std::to_string(current) +
                         ", newer than this lenbot knows (" + std::to_string(latest) +
                         "): upgrade lenbot before starting it on this database");
    }
    int applied = 0;
    for (const PgMigration& m : kMigrations) {
      if (m.version <= current) continue;
      tx.exec(std::string(m.sql));
      tx.exec_params("INSERT INTO lenbot_schema_migrations (version, name) VALUES ($1, $2)",
                     m.version, std::string(m.name));
      ++applied;
    }
    tx.commit();
    return applied;
  });
}

}  // namespace lenbot
