#include "bot/storage/database.h"

#include <utility>

namespace lenbot {
namespace {

constexpr int kBusyTimeoutMs = 5000;

// Page cache per connection. SQLite's default is 2 MB, and the server keeps one state and one
// index connection per worker that ever ran a request at the same time as the others, so the
// caches alone could grow by 4 MB a worker (and the pool to 512 workers) as the state database
// grows. A request touches a few dozen state pages at most, and the OS caches the file anyway.
// The index is read through a memory map instead, shared with the OS page cache.
constexpr const char* kReadWritePragmas =
    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; "
    "PRAGMA cache_size=-128; PRAGMA journal_size_limit=8388608;";
constexpr const char* kReadOnlyPragmas = "PRAGMA cache_size=-256; PRAGMA mmap_size=67108864;";

[[noreturn]] void fail(sqlite3* db, std::string_view what) {
  std::string message(what);
  if (db != nullptr) {
    message += ": ";
    message += sqlite3_errmsg(db);
  }
  throw StorageError(message);
}

}  // namespace

Database::Database(const std::string& path, Mode mode) : path_(path) {
  const int flags =
      mode == Mode::kReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  if (sqlite3_open_v2(path.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    std::string message = "cannot open database " + path;
    if (db_ != nullptr) {
      message += ": ";
      message += sqlite3_errmsg(db_);
      sqlite3_close(db_);
      db_ = nullptr;
    }
    throw StorageError(message);
  }
  sqlite3_busy_timeout(db_, kBusyTimeoutMs);
  sqlite3_extended_result_codes(db_, 1);
  // The first statements that may read the file: a file that is not a database fails here.
  try {
    exec(mode == Mode::kReadWrite ? kReadWritePragmas : kReadOnlyPragmas);
  } catch (const StorageError& e) {
    sqlite3_close(db_);
    db_ = nullptr;
    throw StorageError("cannot open database " + path + " (" + e.what() +
                       "); it is left as it is: move it aside or restore a backup");
  }
}

void Database::check_integrity() {
  std::string problems;
  try {
    auto check = prepare("PRAGMA quick_check(5)");
    while (check.step()) {
      const std::string line = check.column_text(0);
      if (line != "ok") problems += (problems.empty() ? "" : "; ") + line;
    }
  } catch (const StorageError& e) {
    problems = e.what();
  }
  if (!problems.empty()) {
    throw StorageError("database " + path_ + " is damaged (" + problems +
                       "); it is left as it is: move it aside or restore a backup");
  }
}

Database::~Database() {
  if (db_ != nullptr) sqlite3_close_v2(db_);
}

Database::Database(Database&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), path_(std::move(other.path_)) {}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    if (db_ != nullptr) sqlite3_close_v2(db_);
    db_ = std::exchange(other.db_, nullptr);
    path_ = std::move(other.path_);
  }
  return *this;
}

void Database::exec(std::string_view sql) {
  char* error = nullptr;
  const std::string owned(sql);
  if (sqlite3_exec(db_, owned.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    std::string message = "sql failed: ";
    message += error != nullptr ? error : "unknown error";
    sqlite3_free(error);
    throw StorageError(message);
  }
}

Statement Database::prepare(std::string_view sql) { return Statement(db_, sql); }

std::int64_t Database::last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }

int Database::changes() const { return sqlite3_changes(db_); }

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
  if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr) !=
      SQLITE_OK) {
    fail(db, "cannot prepare statement");
  }
}

Statement::~Statement() {
  if (stmt_ != nullptr) sqlite3_finalize(stmt_);
}

Statement::Statement(Statement&& other) noexcept
    : stmt_(std::exchange(other.stmt_, nullptr)), db_(other.db_) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    if (stmt_ != nullptr) sqlite3_finalize(stmt_);
    stmt_ = std::exchange(other.stmt_, nullptr);
    db_ = other.db_;
  }
  return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
  if (sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()),
                        SQLITE_TRANSIENT) != SQLITE_OK) {
    fail(db_, "cannot bind text");
  }
  return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
  if (sqlite3_bind_int64(stmt_, index, value) != SQLITE_OK) fail(db_, "cannot bind integer");
  return *this;
}

Statement& Statement::bind(int index, double value) {
  if (sqlite3_bind_double(stmt_, index, value) != SQLITE_OK) fail(db_, "cannot bind double");
  return *this;
}

Statement& Statement::bind_null(int index) {
  if (sqlite3_bind_null(stmt_, index) != SQLITE_OK) fail(db_, "cannot bind null");
  return *this;
}

bool Statement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  fail(db_, "step failed");
}

void Statement::run() {
  while (step()) {
  }
  reset();
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::string Statement::column_text(int index) const {
  const auto* text = sqlite3_column_text(stmt_, index);
  if (text == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(text),
                     static_cast<std::size_t>(sqlite3_column_bytes(stmt_, index)));
}

std::int64_t Statement::column_int(int index) const { return sqlite3_column_int64(stmt_, index); }

double Statement::column_double(int index) const { return sqlite3_column_double(stmt_, index); }

bool Statement::column_is_null(int index) const {
  return sqlite3_column_type(stmt_, index) == SQLITE_NULL;
}

Transaction::Transaction(Database& db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
  if (!done_) {
    try {
      db_.exec("ROLLBACK");
    } catch (const StorageError&) {
      // Nothing more to do in a destructor; the connection rolls back on close anyway.
    }
  }
}

void Transaction::commit() {
  db_.exec("COMMIT");
  done_ = true;
}

}  // namespace lenbot
