#pragma once
// RAII over SQLite: the only code in lenbot that calls sqlite3_* directly. A Database is one
// connection (use one per thread); a Statement is a prepared statement bound by position.
// Every failure becomes a StorageError.
#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace lenbot {

class StorageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The state database cannot be reached right now (PostgreSQL down or restarting); a retry may
// work. The HTTP layer answers it with a JSON 503, not a 500.
class StateUnavailable : public StorageError {
 public:
  using StorageError::StorageError;
};

class Statement;

class Database {
 public:
  enum class Mode { kReadWrite, kReadOnly };

  // Opens (creating when kReadWrite) the file at `path`; ":memory:" works too. Sets WAL,
  // a busy timeout and foreign keys on. A file that is not a SQLite database is refused with a
  // StorageError naming it; it is never replaced.
  explicit Database(const std::string& path, Mode mode = Mode::kReadWrite);
  ~Database();
  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Runs PRAGMA quick_check (a pass over every page, without the index cross-checks) and throws
  // a StorageError naming the file when it finds damage. Meant for start-up, not per request.
  void check_integrity();

  // Runs one or more statements with no parameters and no results (schema, pragmas).
  void exec(std::string_view sql);
  Statement prepare(std::string_view sql);
  std::int64_t last_insert_rowid() const;
  int changes() const;
  const std::string& path() const { return path_; }
  sqlite3* handle() const { return db_; }

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
};

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Binding is 1-based, as in SQLite. Returns *this so binds chain.
  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
  Statement& bind(int index, double value);
  Statement& bind_null(int index);

  // Advances to the next row; false when done. Throws StorageError on failure.
  bool step();
  // Runs a statement that returns no rows, then resets it for reuse.
  void run();
  void reset();

  std::string column_text(int index) const;
  std::int64_t column_int(int index) const;
  double column_double(int index) const;
  bool column_is_null(int index) const;

 private:
  sqlite3_stmt* stmt_ = nullptr;
  sqlite3* db_ = nullptr;
};

// Commits on commit(), rolls back when destroyed without it. Uses BEGIN IMMEDIATE so a writer
// takes the lock up front instead of failing half-way with SQLITE_BUSY.
class Transaction {
 public:
  explicit Transaction(Database& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  Database& db_;
  bool done_ = false;
};

}  // namespace lenbot
