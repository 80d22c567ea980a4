#pragma once
// The QuizStore contract (bot/quiz/quiz_store.h) written once, as a type-parameterized suite
// that each backend instantiates: SQLite in tests/quiz/sqlite_quiz_store_test.cpp, PostgreSQL
// in tests/postgres/pg_quiz_store_test.cpp (its own binary, on the throwaway cluster).
//
// A Backend is a fresh, empty place for quiz state, created per test:
//   static void require()              skips (GTEST_SKIP) or fails the test when it cannot run
//   std::unique_ptr<QuizStore> open()  one more handle on that state, as a restarted process
//                                      or another replica opens it
//   std::string channel(name) const    a channel named after `name` that no other test uses
#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "bot/quiz/quiz_store.h"

namespace lenbot {

template <typename Backend>
class QuizStoreContract : public ::testing::Test {
 protected:
  void SetUp() override {
    Backend::require();
    if (IsSkipped() || HasFatalFailure()) return;
    backend_.emplace();
    channel_ = backend_->channel("web");
  }
  std::unique_ptr<QuizStore> open() { return backend_->open(); }

  std::optional<Backend> backend_;
  std::string channel_;
};

TYPED_TEST_SUITE_P(QuizStoreContract);

// A restart (SQLite) or another replica (PostgreSQL) sees every committed answer.
TYPED_TEST_P(QuizStoreContract, AnotherHandleSeesCommittedAnswers) {
  const std::string& channel = this->channel_;
  {
    const auto store = this->open();
    store->start(channel, "ann", StoryPart::kPart4, true);
    const auto s = store->ask(channel, "ann", "q5-1");
    ASSERT_TRUE(store->record(channel, "ann", s.current_seq, Outcome::kRight, 15));
    store->ask(channel, "ann", "q5-2");
  }
  const auto other = this->open();
  const auto seen = other->session(channel, "ann");
  ASSERT_TRUE(seen);
  EXPECT_EQ(seen->score.points, 15);
  EXPECT_EQ(seen->score.answered, 1);
  EXPECT_EQ(seen->score.streak, 1);
  EXPECT_EQ(seen->current_question, "q5-2");
  EXPECT_EQ(seen->current_seq, 2);
  EXPECT_EQ(other->history(channel, "ann").size(), 2u);
  EXPECT_FALSE(other->session(channel, "nobody"));
}

TYPED_TEST_P(QuizStoreContract, AnAnswerIsRecordedOnce) {
  const std::string& channel = this->channel_;
  const auto store = this->open();
  store->start(channel, "ann", StoryPart::kPart4, true);
  const auto s = store->ask(channel, "ann", "q5-1");
  EXPECT_TRUE(store->record(channel, "ann", s.current_seq, Outcome::kRight, 10));
  EXPECT_FALSE(store->record(channel, "ann", s.current_seq, Outcome::kRight, 10));
  EXPECT_FALSE(store->record(channel, "ann", s.current_seq + 1, Outcome::kRight, 10));
  EXPECT_EQ(store->session(channel, "ann")->score.points, 10);
}

// Two handles (two connection pools, no lock shared between them) grade the same question at
// the same moment, 20 times over: each question counts once, and the score says so.
TYPED_TEST_P(QuizStoreContract, ConcurrentAnswersFromTwoHandlesCountOnce) {
  const std::string& channel = this->channel_;
  const auto a = this->open();
  const auto b = this->open();
  a->start(channel, "ann", StoryPart::kPart4, true);
  constexpr int kQuestions = 20;
  int accepted = 0;
  for (int q = 0; q < kQuestions; ++q) {
    const int seq = a->ask(channel, "ann", "q5-" + std::to_string(q)).current_seq;
    std::atomic<int> ready{0};
    std::atomic<int> won{0};
    std::vector<std::thread> graders;
    for (QuizStore* store : {a.get(), b.get(), a.get(), b.get()}) {
      graders.emplace_back([&, store] {
        ++ready;
        while (ready.load() < 4) std::this_thread::yield();
        if (store->record(channel, "ann", seq, Outcome::kRight, 10)) ++won;
      });
    }
    for (auto& t : graders) t.join();
    EXPECT_EQ(won.load(), 1) << "question " << q;
    accepted += won.load();
  }
  const auto s = b->session(channel, "ann");
  ASSERT_TRUE(s);
  EXPECT_EQ(accepted, kQuestions);
  EXPECT_EQ(s->score.points, 10 * kQuestions);
  EXPECT_EQ(s->score.answered, kQuestions);
  EXPECT_EQ(s->score.best_streak, kQuestions);
}

TYPED_TEST_P(QuizStoreContract, StreaksSkipsAndLeaderboard) {
  struct Step {
    const char* user;
    Outcome outcome;
    int points;
  };
  const std::string& channel = this->channel_;
  const auto store = this->open();
  store->start(channel, "ann", StoryPart::kPart4, true);
  store->start(channel, "bob", StoryPart::kPart4, true);
  store->start(channel + ".other", "cat", StoryPart::kPart4, true);
  const Step steps[] = {{"ann", Outcome::kRight, 10},  {"ann", Outcome::kRight, 10},
                        {"ann", Outcome::kWrong, 10},  {"bob", Outcome::kRight, 15},
                        {"bob", Outcome::kSkipped, 0}, {"ann", Outcome::kRight, 10}};
  for (const auto& step : steps) {
    const auto s = store->ask(channel, step.user, "q5-1");
    ASSERT_TRUE(store->record(channel, step.user, s.current_seq, step.outcome, step.points))
        << step.user;
  }
  const auto ann = store->session(channel, "ann")->score;
  EXPECT_EQ(ann.points, 30);
  EXPECT_EQ(ann.streak, 1);
  EXPECT_EQ(ann.best_streak, 2);
  EXPECT_EQ(ann.answered, 4);
  const auto bob = store->session(channel, "bob")->score;
  EXPECT_EQ(bob.answered, 1) << "a skip is not an answer";
  EXPECT_EQ(bob.streak, 0);
  const auto board = store->leaderboard(channel, 10);
  ASSERT_EQ(board.size(), 2u);
  EXPECT_EQ(board[0].user, "ann");
  EXPECT_EQ(board[1].user, "bob");
  EXPECT_EQ(store->leaderboard(channel, 1).size(), 1u);
  EXPECT_TRUE(store->leaderboard(channel + ".nowhere", 10).empty());
}

TYPED_TEST_P(QuizStoreContract, HintsOnlyCountOnTheCurrentQuestion) {
  const std::string& channel = this->channel_;
  const auto store = this->open();
  store->start(channel, "ann", StoryPart::kPart4, true);
  const auto s = store->ask(channel, "ann", "q5-1");
  EXPECT_EQ(store->add_hint(channel, "ann", s.current_seq), 1);
  EXPECT_EQ(store->add_hint(channel, "ann", s.current_seq), 2);
  EXPECT_FALSE(store->add_hint(channel, "ann", s.current_seq + 1));
  ASSERT_TRUE(store->record(channel, "ann", s.current_seq, Outcome::kRight, 9));
  EXPECT_FALSE(store->add_hint(channel, "ann", s.current_seq));
}

// history() is one row per question, the latest time it was asked, however long the log.
TYPED_TEST_P(QuizStoreContract, HistoryKeepsTheLatestAskingOfEachQuestion) {
  const std::string& channel = this->channel_;
  const auto store = this->open();
  store->start(channel, "ann", StoryPart::kPart4, true);
  for (int round = 0; round < 3; ++round) {
    for (const char* id : {"q5-1", "q5-2"}) {
      const auto s = store->ask(channel, "ann", id);
      const Outcome outcome =
          round == 2 && id == std::string("q5-2") ? Outcome::kWrong : Outcome::kRight;
      ASSERT_TRUE(store->record(channel, "ann", s.current_seq, outcome, 10));
    }
  }
  store->ask(channel, "ann", "q5-1");  // waiting, then skipped by stop()
  const auto stopped = store->stop(channel, "ann");
  ASSERT_TRUE(stopped);
  EXPECT_FALSE(stopped->active);
  const auto history = store->history(channel, "ann");
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].question_id, "q5-1");
  EXPECT_EQ(history[0].last_seq, 7);
  EXPECT_EQ(history[0].last_outcome, Outcome::kSkipped);
  EXPECT_EQ(history[1].question_id, "q5-2");
  EXPECT_EQ(history[1].last_seq, 6);
  EXPECT_EQ(history[1].last_outcome, Outcome::kWrong);
  EXPECT_TRUE(store->history(channel, "bob").empty());
  EXPECT_FALSE(store->stop(channel, "bob"));
}

REGISTER_TYPED_TEST_SUITE_P(QuizStoreContract, AnotherHandleSeesCommittedAnswers,
                            AnAnswerIsRecordedOnce, ConcurrentAnswersFromTwoHandlesCountOnce,
                            StreaksSkipsAndLeaderboard, HintsOnlyCountOnTheCurrentQuestion,
                            HistoryKeepsTheLatestAskingOfEachQuestion);

}  // namespace lenbot
