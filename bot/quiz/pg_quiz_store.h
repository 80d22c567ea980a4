#pragma once
// QuizStore on PostgreSQL, shared by every replica. Thread-safe: each call borrows a
// connection from the replica's PgPool. Writes run in one READ COMMITTED transaction each; an
// answer is counted once across processes by the quiz_answers primary key (a second grader of
// the same question waits on the first one's row, then finds it there) and by a conditional
// UPDATE on a still-pending question, never by an in-process lock.
#include <memory>

#include "bot/quiz/quiz_store.h"
#include "bot/storage/pg_pool.h"

namespace lenbot {

class PgQuizStore : public QuizStore {
 public:
  // `pool` is migrated already (pg_migrations.h).
  explicit PgQuizStore(std::shared_ptr<PgPool> pool);

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
  std::shared_ptr<PgPool> pool_;
};

}  // namespace lenbot
