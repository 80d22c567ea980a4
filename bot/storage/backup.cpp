#include "bot/storage/backup.h"

#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "bot/storage/database.h"

namespace lenbot {
namespace {

// Pages copied per step: small steps let writers in between; a write from another connection
// restarts the copy (SQLite's rule), so a busy server still ends with one consistent snapshot.
constexpr int kPagesPerStep = 256;

}  // namespace

int backup_database(const std::string& source, const std::string& target) {
  namespace fs = std::filesystem;
  if (!fs::exists(source)) throw StorageError(source + ": no such database to back up");
  Database from(source, Database::Mode::kReadOnly);
  const std::string partial = target + ".partial";
  std::error_code ignored;
  fs::remove(partial, ignored);
  int pages = 0;
  {
    Database to(partial);
    sqlite3_backup* backup = sqlite3_backup_init(to.handle(), "main", from.handle(), "main");
    if (backup == nullptr) {
      throw StorageError(partial + ": cannot start the backup: " + sqlite3_errmsg(to.handle()));
    }
    int status = SQLITE_OK;
    do {
      status = sqlite3_backup_step(backup, kPagesPerStep);
      if (status == SQLITE_BUSY || status == SQLITE_LOCKED) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
      }
    } while (status == SQLITE_OK || status == SQLITE_BUSY || status == SQLITE_LOCKED);
    pages = sqlite3_backup_pagecount(backup);
    sqlite3_backup_finish(backup);
    if (status != SQLITE_DONE) {
      fs::remove(partial, ignored);
      throw StorageError(source + ": backup failed: " + sqlite3_errstr(status));
    }
    // One self-contained file: fold the copy's own WAL in and leave rollback-journal mode.
    to.exec("PRAGMA journal_mode=DELETE");
  }
  fs::rename(partial, target);
  return pages;
}

}  // namespace lenbot
