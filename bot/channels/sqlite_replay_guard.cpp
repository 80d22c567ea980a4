#include "bot/channels/sqlite_replay_guard.h"

#include "bot/storage/sqlite_migrations.h"

namespace lenbot {
namespace {

constexpr std::int64_t kPurgeEverySeconds = 60;

// The table comes with the state schema (sqlite_migrations.h), as every store's does.
Database open_with_table(const std::string& path) {
  Database db(path);
  migrate_state(db);
  return db;
}

}  // namespace

SqliteReplayGuard::Session::Session(const std::string& path)
    : db(open_with_table(path)),
      insert(db.prepare("INSERT OR IGNORE INTO discord_seen (signature, seen_at) VALUES (?1, ?2)")),
      purge(db.prepare("DELETE FROM discord_seen WHERE seen_at < ?1")) {}

SqliteReplayGuard::SqliteReplayGuard(const std::string& path) : pool_(path) {
  pool_.acquire();  // a bad path fails at start-up
}

bool SqliteReplayGuard::first_sighting(const std::string& signature, std::int64_t now) {
  auto session = pool_.acquire();
  std::lock_guard writing(write_mutex_);
  std::int64_t last = last_purge_.load();
  if (now - last >= kPurgeEverySeconds && last_purge_.compare_exchange_strong(last, now)) {
    session->purge.reset();
    session->purge.bind(1, now - kReplayMemorySeconds).run();
  }
  session->insert.reset();
  session->insert.bind(1, signature).bind(2, now).run();
  return session->db.changes() == 1;
}

}  // namespace lenbot
