#pragma once
// QuizStore on SQLite (the state database, e.g. data/state.db). Thread-safe: each call borrows
// a connection of its own from the store's ConnectionPool. Every write runs in a BEGIN IMMEDIATE
// transaction, so a committed answer survives a restart; an answer is recorded by a conditional
// UPDATE on a still-pending row, so two answers racing for one question are counted once.
#include <mutex>
#include <string>

#include "bot/quiz/quiz_store.h"
#include "bot/storage/connection_pool.h"
#include "bot/storage/database.h"

namespace lenbot {

class SqliteQuizStore : public QuizStore {
 public:
  // Opens (creating) the database at `path` and its quiz tables; throws StorageError.
  // `writers`, when given, is one mutex shared by every store on `path` in this process: a
  // writer then waits on it and is woken at once, instead of finding SQLite's lock taken and
  // sleeping in its busy handler (1, 2, 5, 10 ms ...). Other processes still meet the lock.
  explicit SqliteQuizStore(const std::string& path, std::mutex* writers = nullptr);

  std::optional<QuizSession> session(const std::string& channel, const std::string& user) override;
  QuizSession start(const std::string& channel, const std::string& user, StoryPart until,
                    bool in_story_order) override;
  QuizSession ask(const std::string& channel, const std::string& user,
                  const std::string& question_id) override;
  std::optional<QuizSession> record(const std::string& channel, const std::string& user, int seq,
                                    Outcome outcome, int points) override;
  std::optional<int> add_hint(const std::string& channel, const std::string& user,
                              int seq) override;
  std::optional<QuizSession> stop(const std::string& channel, const std::string& user) override;
  std::vector<AskedQuestion> history(const std::string& channel, const std::string& user) override;
  std::vector<LeaderboardEntry> leaderboard(const std::string& channel, int limit) override;

 private:
  std::optional<QuizSession> session(Database& db, const std::string& channel,
                                     const std::string& user);
  void skip_pending(Database& db, const std::string& channel, const std::string& user);
  // Held for the length of a write transaction; empty when there is no shared mutex.
  std::unique_lock<std::mutex> writer_turn();

  ConnectionPool<Database> pool_;
  std::mutex* writers_ = nullptr;
};

}  // namespace lenbot
