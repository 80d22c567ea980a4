#pragma once
// The quiz for a multi-threaded server: one shared question bank and voice, and a pool of
// QuizService + SqliteQuizStore pairs so each request uses a service (and a connection) alone.
// Channels call with_service() and never share a service between threads.
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "bot/quiz/question_bank.h"
#include "bot/quiz/quiz_service.h"
#include "bot/quiz/quiz_voice.h"
#include "bot/quiz/sqlite_quiz_store.h"

namespace lenbot {

struct QuizHubOptions {
  std::string corpus_path = "corpus/kagamine_len_article.txt";
  std::string aliases_path = "corpus/aliases.tsv";
  std::string persona_path = "personas/len.json";  // its "quiz" block is Len's quiz voice
  std::string state_path = "data/state.db";
};

class QuizHub {
 public:
  // Builds the bank and opens and checks the state database once; throws at start-up on bad
  // files (StorageError naming the state database when it is not one or is damaged).
  explicit QuizHub(const QuizHubOptions& options);

  // Runs `action(QuizService&)` on a service no other thread is using, and returns its result.
  template <typename Action>
  auto with_service(Action&& action) {
    Lease lease(*this);
    return action(lease.slot->service);
  }

  const QuestionBank& bank() const { return bank_; }

 private:
  struct Slot {
    Slot(const QuestionBank& bank, const QuizVoice& voice, const std::string& path,
         std::mutex* writers)
        : store(path, writers), service(bank, voice, store) {}
    SqliteQuizStore store;
    QuizService service;
  };
  struct Lease {
    explicit Lease(QuizHub& hub);
    ~Lease();
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    QuizHub& hub;
    std::unique_ptr<Slot> slot;
  };

  QuestionBank bank_;
  QuizVoice voice_;
  std::string state_path_;
  std::mutex mutex_;
  std::mutex writers_;  // one quiz writer at a time in this process (SqliteQuizStore)
  std::vector<std::unique_ptr<Slot>> idle_;
};

}  // namespace lenbot
