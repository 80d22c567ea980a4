#pragma once
// The quiz for a multi-threaded server: one question bank, one voice, one store and one
// QuizService over them, shared by every worker thread. The store is thread-safe (it borrows a
// connection per call from its own pool: SqliteQuizStore's ConnectionPool, or the replica's
// PgPool), and QuizService keeps no state of its own, so sharing needs no second pool here.
#include <memory>
#include <mutex>
#include <string>

#include "bot/quiz/question_bank.h"
#include "bot/quiz/quiz_service.h"
#include "bot/quiz/quiz_store.h"
#include "bot/quiz/quiz_voice.h"

namespace lenbot {

struct QuizHubOptions {
  std::string corpus_path = "corpus/kagamine_len_article.txt";
  std::string aliases_path = "corpus/aliases.tsv";
  std::string persona_path = "personas/len.json";  // its "quiz" block is Len's quiz voice
  std::string state_path = "data/state.db";        // SQLite, used when `store` is not given
  std::shared_ptr<QuizStore> store;                // e.g. PgQuizStore; must be thread-safe
};

class QuizHub {
 public:
  // Builds the bank and opens and checks the state database once; throws at start-up on bad
  // files (StorageError naming the state database when it is not one or is damaged).
  explicit QuizHub(const QuizHubOptions& options);

  // Runs `action(QuizService&)` and returns its result. Safe from any thread.
  template <typename Action>
  auto with_service(Action&& action) {
    const std::shared_ptr<QuizService> service = current();
    return action(*service);
  }

  // Len's quiz lines from now on (SIGHUP re-read the persona); a move already running finishes
  // in the old voice. Scores and sessions live in the store, so nothing else changes.
  void replace_voice(QuizVoice voice);

  const QuestionBank& bank() const { return bank_; }

 private:
  QuestionBank bank_;
  std::mutex writers_;  // one SQLite quiz writer at a time in this process (SqliteQuizStore)
  std::shared_ptr<QuizService> current() const;

  std::shared_ptr<QuizStore> store_;
  mutable std::mutex service_mutex_;
  std::shared_ptr<QuizService> service_;  // guarded by service_mutex_; swapped whole
};

}  // namespace lenbot
