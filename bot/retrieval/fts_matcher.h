#pragma once
// Runs the FTS5 MATCH over facts and quotes on a pooled read-only connection and returns the
// candidates. Quotes come with their bm25 score (smaller is better, as SQLite gives it); facts
// with 0, since the ranker scores them itself.
#include <string>
#include <vector>

#include "bot/storage/connection_pool.h"
#include "bot/storage/database.h"

namespace lenbot {

struct FtsHit {
  int id = 0;
  double bm25 = 0.0;
};

class FtsMatcher {
 public:
  explicit FtsMatcher(const std::string& index_path) : pool_(index_path) {}

  // Facts matching any of `words`, at most `limit`, in rowid order. Empty for no words.
  std::vector<FtsHit> match_facts(const std::vector<std::string>& words, int limit);
  std::vector<FtsHit> match_quotes(const std::vector<std::string>& words, int limit);

 private:
  struct Session {
    explicit Session(const std::string& path);
    Database db;
    Statement facts;
    Statement quotes;
  };
  static std::vector<FtsHit> run(Statement& stmt, const std::vector<std::string>& words, int limit);

  ConnectionPool<Session> pool_;
};

}  // namespace lenbot
