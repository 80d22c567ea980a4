#pragma once
// QuizStore on SQLite (the state database, e.g. data/state.db). One instance is one connection:
// give each thread its own. Every write runs in a BEGIN IMMEDIATE transaction, so a committed
// answer survives a restart; an answer is recorded by a conditional UPDATE on a still-pending
// row, so two answers racing for one question are counted once.
#include <string>

#include "bot/quiz/quiz_store.h"
#include "bot/storage/database.h"

namespace lenbot {

class SqliteQuizStore : public QuizStore {
 public:
  // Opens (creating) the database at `path` and its quiz tables; throws StorageError.
  explicit SqliteQuizStore(const std::string& path);

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
  void skip_pending(const std::string& channel, const std::string& user);

  Database db_;
};

}  // namespace lenbot
