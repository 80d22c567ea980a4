#pragma once
// ReplayGuard in the SQLite state database: the seen signatures in a table beside the quiz,
// one INSERT OR IGNORE per interaction; signatures past their memory go once a minute.
#include <atomic>
#include <mutex>

#include "bot/channels/replay_guard.h"
#include "bot/storage/connection_pool.h"
#include "bot/storage/database.h"

namespace lenbot {

class SqliteReplayGuard : public ReplayGuard {
 public:
  // Opens (creating) the table in the database at `path`; throws StorageError.
  explicit SqliteReplayGuard(const std::string& path);
  bool first_sighting(const std::string& signature, std::int64_t now) override;

 private:
  struct Session {
    explicit Session(const std::string& path);
    Database db;
    Statement insert;
    Statement purge;
  };
  ConnectionPool<Session> pool_;
  std::atomic<std::int64_t> last_purge_{0};
  std::mutex write_mutex_;  // one writer in this process, as in the other SQLite stores
};

}  // namespace lenbot
