#include "bot/quiz/sqlite_quiz_store.h"

#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <thread>

#include "bot/storage/database.h"
#include "tests/quiz/quiz_test_support.h"

namespace lenbot {
namespace {

using testing::TempDb;

TEST(QuizStoreTest, RestartKeepsCommittedAnswers) {
  TempDb db("restart");
  {
    SqliteQuizStore store(db.path());
    store.start("web", "ann", StoryPart::kPart4, true);
    auto s = store.ask("web", "ann", "q5-1");
    ASSERT_TRUE(store.record("web", "ann", s.current_seq, Outcome::kRight, 15));
    s = store.ask("web", "ann", "q5-2");
  }
  SqliteQuizStore reopened(db.path());
  const auto s = reopened.session("web", "ann");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->score.points, 15);
  EXPECT_EQ(s->score.answered, 1);
  EXPECT_EQ(s->score.streak, 1);
  EXPECT_EQ(s->current_question, "q5-2");
  EXPECT_EQ(s->current_seq, 2);
  EXPECT_EQ(reopened.history("web", "ann").size(), 2u);
}

TEST(QuizStoreTest, AnAnswerIsRecordedOnce) {
  TempDb db("once");
  SqliteQuizStore store(db.path());
  store.start("web", "ann", StoryPart::kPart4, true);
  const auto s = store.ask("web", "ann", "q5-1");
  EXPECT_TRUE(store.record("web", "ann", s.current_seq, Outcome::kRight, 10));
  EXPECT_FALSE(store.record("web", "ann", s.current_seq, Outcome::kRight, 10));
  EXPECT_FALSE(store.record("web", "ann", s.current_seq + 1, Outcome::kRight, 10));
  EXPECT_EQ(store.session("web", "ann")->score.points, 10);
}

// Racing answers count once, whether writers meet SQLite's lock or wait on a shared mutex.
TEST(QuizStoreTest, ConcurrentAnswersFromSeparateConnectionsCountOnce) {
  for (const bool shared_writer : {false, true}) {
    TempDb db(shared_writer ? "race_shared" : "race");
    std::mutex writers;
    int seq = 0;
    {
      SqliteQuizStore store(db.path());
      store.start("discord", "ann", StoryPart::kPart4, true);
      seq = store.ask("discord", "ann", "q5-1").current_seq;
    }
    constexpr int kThreads = 8;
    std::atomic<int> accepted{0};
    std::atomic<int> ready{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < kThreads; ++i) {
      threads.emplace_back([&] {
        // One connection per thread.
        SqliteQuizStore own(db.path(), shared_writer ? &writers : nullptr);
        ++ready;
        while (ready.load() < kThreads) std::this_thread::yield();
        if (own.record("discord", "ann", seq, Outcome::kRight, 10)) ++accepted;
      });
    }
    for (auto& t : threads) t.join();
    EXPECT_EQ(accepted.load(), 1) << (shared_writer ? "shared writer" : "SQLite's lock");
    SqliteQuizStore store(db.path());
    const auto s = store.session("discord", "ann");
    EXPECT_EQ(s->score.points, 10);
    EXPECT_EQ(s->score.answered, 1);
  }
}

TEST(QuizStoreTest, StreaksSkipsAndLeaderboard) {
  TempDb db("board");
  SqliteQuizStore store(db.path());
  struct Step {
    const char* user;
    Outcome outcome;
    int points;
  };
  store.start("web", "ann", StoryPart::kPart4, true);
  store.start("web", "bob", StoryPart::kPart4, true);
  store.start("other", "cat", StoryPart::kPart4, true);
  const Step steps[] = {{"ann", Outcome::kRight, 10},  {"ann", Outcome::kRight, 10},
                        {"ann", Outcome::kWrong, 10},  {"bob", Outcome::kRight, 15},
                        {"bob", Outcome::kSkipped, 0}, {"ann", Outcome::kRight, 10}};
  for (const auto& step : steps) {
    const auto s = store.ask("web", step.user, "q5-1");
    ASSERT_TRUE(store.record("web", step.user, s.current_seq, step.outcome, step.points));
  }
  const auto ann = store.session("web", "ann")->score;
  EXPECT_EQ(ann.points, 30);
  EXPECT_EQ(ann.streak, 1);
  EXPECT_EQ(ann.best_streak, 2);
  EXPECT_EQ(ann.answered, 4);
  const auto bob = store.session("web", "bob")->score;
  EXPECT_EQ(bob.answered, 1) << "a skip is not an answer";
  EXPECT_EQ(bob.streak, 0);
  const auto board = store.leaderboard("web", 10);
  ASSERT_EQ(board.size(), 2u);
  EXPECT_EQ(board[0].user, "ann");
  EXPECT_EQ(board[1].user, "bob");
  EXPECT_EQ(store.leaderboard("web", 1).size(), 1u);
  EXPECT_TRUE(store.leaderboard("nowhere", 10).empty());
}

TEST(QuizStoreTest, HintsOnlyCountOnTheCurrentQuestion) {
  TempDb db("hints");
  SqliteQuizStore store(db.path());
  store.start("web", "ann", StoryPart::kPart4, true);
  const auto s = store.ask("web", "ann", "q5-1");
  EXPECT_EQ(store.add_hint("web", "ann", s.current_seq), 1);
  EXPECT_EQ(store.add_hint("web", "ann", s.current_seq), 2);
  EXPECT_FALSE(store.add_hint("web", "ann", s.current_seq + 1));
  ASSERT_TRUE(store.record("web", "ann", s.current_seq, Outcome::kRight, 9));
  EXPECT_FALSE(store.add_hint("web", "ann", s.current_seq));
}

// history() is one row per question, the latest time it was asked, however long the log.
TEST(QuizStoreTest, HistoryKeepsTheLatestAskingOfEachQuestion) {
  TempDb db("history");
  SqliteQuizStore store(db.path());
  store.start("web", "ann", StoryPart::kPart4, true);
  for (int round = 0; round < 3; ++round) {
    for (const char* id : {"q5-1", "q5-2"}) {
      const auto s = store.ask("web", "ann", id);
      const Outcome outcome =
          round == 2 && id == std::string("q5-2") ? Outcome::kWrong : Outcome::kRight;
      ASSERT_TRUE(store.record("web", "ann", s.current_seq, outcome, 10));
    }
  }
  store.ask("web", "ann", "q5-1");  // waiting, then skipped by stop()
  store.stop("web", "ann");
  const auto history = store.history("web", "ann");
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].question_id, "q5-1");
  EXPECT_EQ(history[0].last_seq, 7);
  EXPECT_EQ(history[0].last_outcome, Outcome::kSkipped);
  EXPECT_EQ(history[1].question_id, "q5-2");
  EXPECT_EQ(history[1].last_seq, 6);
  EXPECT_EQ(history[1].last_outcome, Outcome::kWrong);
  EXPECT_TRUE(store.history("web", "bob").empty());
}

// A state file from before the per-question summary existed keeps its players' history.
TEST(QuizStoreTest, AnOlderStateFileIsReadIntoTheSummary) {
  TempDb db("older");
  {
    Database old(db.path());
    old.exec(
        "CREATE TABLE quiz_asked (channel TEXT NOT NULL, user TEXT NOT NULL, seq INTEGER NOT "
        "NULL, question_id TEXT NOT NULL, outcome INTEGER NOT NULL DEFAULT 0, points INTEGER NOT "
        "NULL DEFAULT 0, PRIMARY KEY (channel, user, seq));"
        "INSERT INTO quiz_asked VALUES ('web', 'ann', 1, 'q5-1', 2, 0), "
        "('web', 'ann', 2, 'q5-2', 1, 10), ('web', 'ann', 3, 'q5-1', 1, 10);");
  }
  SqliteQuizStore store(db.path());
  const auto history = store.history("web", "ann");
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].last_seq, 3);
  EXPECT_EQ(history[0].last_outcome, Outcome::kRight);
  EXPECT_EQ(history[1].last_seq, 2);
}

}  // namespace
}  // namespace lenbot
