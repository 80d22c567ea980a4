#include "bot/quiz/pg_quiz_store.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "tests/postgres/pg_test_support.h"

namespace lenbot {
namespace {

// The same behaviour as SqliteQuizStore (tests/quiz/sqlite_quiz_store_test.cpp), each test on a
// channel of its own in the shared cluster.
class PgQuizStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!PgCluster::available()) GTEST_SKIP() << "postgresql-15 not installed";
    ASSERT_TRUE(shared_cluster().started());
    store_ = std::make_unique<PgQuizStore>(replica_pool());
  }
  std::string channel_ = unique_name("web");
  std::unique_ptr<PgQuizStore> store_;
};

TEST_F(PgQuizStoreTest, AnotherReplicaSeesCommittedAnswers) {
  store_->start(channel_, "ann", StoryPart::kPart4, true);
  auto s = store_->ask(channel_, "ann", "q5-1");
  ASSERT_TRUE(store_->record(channel_, "ann", s.current_seq, Outcome::kRight, 15));
  store_->ask(channel_, "ann", "q5-2");
  PgQuizStore other(replica_pool());
  const auto seen = other.session(channel_, "ann");
  ASSERT_TRUE(seen);
  EXPECT_EQ(seen->score.points, 15);
  EXPECT_EQ(seen->score.answered, 1);
  EXPECT_EQ(seen->current_question, "q5-2");
  EXPECT_EQ(seen->current_seq, 2);
  EXPECT_EQ(other.history(channel_, "ann").size(), 2u);
  EXPECT_FALSE(other.session(channel_, "nobody"));
}

TEST_F(PgQuizStoreTest, AnAnswerIsRecordedOnce) {
  store_->start(channel_, "ann", StoryPart::kPart4, true);
  const auto s = store_->ask(channel_, "ann", "q5-1");
  EXPECT_TRUE(store_->record(channel_, "ann", s.current_seq, Outcome::kRight, 10));
  EXPECT_FALSE(store_->record(channel_, "ann", s.current_seq, Outcome::kRight, 10));
  EXPECT_FALSE(store_->record(channel_, "ann", s.current_seq + 1, Outcome::kRight, 10));
  EXPECT_EQ(store_->session(channel_, "ann")->score.points, 10);
}

// Two replicas (two pools, no shared mutex) grade the same question at the same moment, 20
// times over: each question counts once, and the score says so.
TEST_F(PgQuizStoreTest, ConcurrentAnswersFromTwoReplicasCountOnce) {
  PgQuizStore a(replica_pool());
  PgQuizStore b(replica_pool());
  a.start(channel_, "ann", StoryPart::kPart4, true);
  constexpr int kQuestions = 20;
  int accepted = 0;
  for (int q = 0; q < kQuestions; ++q) {
    const int seq = a.ask(channel_, "ann", "q5-" + std::to_string(q)).current_seq;
    std::atomic<int> ready{0};
    std::atomic<int> won{0};
    std::vector<std::thread> graders;
    for (PgQuizStore* store : {&a, &b, &a, &b}) {
      graders.emplace_back([&, store] {
        ++ready;
        while (ready.load() < 4) std::this_thread::yield();
        if (store->record(channel_, "ann", seq, Outcome::kRight, 10)) ++won;
      });
    }
    for (auto& t : graders) t.join();
    EXPECT_EQ(won.load(), 1) << "question " << q;
    accepted += won.load();
  }
  const auto s = b.session(channel_, "ann");
  EXPECT_EQ(accepted, kQuestions);
  EXPECT_EQ(s->score.points, 10 * kQuestions);
  EXPECT_EQ(s->score.answered, kQuestions);
  EXPECT_EQ(s->score.best_streak, kQuestions);
}

TEST_F(PgQuizStoreTest, StreaksSkipsAndLeaderboard) {
  struct Step {
    const char* user;
    Outcome outcome;
    int points;
  };
  const std::string other = channel_ + ".other";
  store_->start(channel_, "ann", StoryPart::kPart4, true);
  store_->start(channel_, "bob", StoryPart::kPart4, true);
  store_->start(other, "cat", StoryPart::kPart4, true);
  const Step steps[] = {{"ann", Outcome::kRight, 10},  {"ann", Outcome::kRight, 10},
                        {"ann", Outcome::kWrong, 10},  {"bob", Outcome::kRight, 15},
                        {"bob", Outcome::kSkipped, 0}, {"ann", Outcome::kRight, 10}};
  for (const auto& step : steps) {
    const auto s = store_->ask(channel_, step.user, "q5-1");
    ASSERT_TRUE(store_->record(channel_, step.user, s.current_seq, step.outcome, step.points))
        << step.user;
  }
  const auto ann = store_->session(channel_, "ann")->score;
  EXPECT_EQ(ann.points, 30);
  EXPECT_EQ(ann.streak, 1);
  EXPECT_EQ(ann.best_streak, 2);
  EXPECT_EQ(ann.answered, 4);
  const auto bob = store_->session(channel_, "bob")->score;
  EXPECT_EQ(bob.answered, 1) << "a skip is not an answer";
  EXPECT_EQ(bob.streak, 0);
  const auto board = store_->leaderboard(channel_, 10);
  ASSERT_EQ(board.size(), 2u);
  EXPECT_EQ(board[0].user, "ann");
  EXPECT_EQ(board[1].user, "bob");
  EXPECT_EQ(store_->leaderboard(channel_, 1).size(), 1u);
  EXPECT_TRUE(store_->leaderboard(channel_ + ".nowhere", 10).empty());
}

TEST_F(PgQuizStoreTest, HintsOnlyCountOnTheCurrentQuestion) {
  store_->start(channel_, "ann", StoryPart::kPart4, true);
  const auto s = store_->ask(channel_, "ann", "q5-1");
  EXPECT_EQ(store_->add_hint(channel_, "ann", s.current_seq), 1);
  EXPECT_EQ(store_->add_hint(channel_, "ann", s.current_seq), 2);
  EXPECT_FALSE(store_->add_hint(channel_, "ann", s.current_seq + 1));
  ASSERT_TRUE(store_->record(channel_, "ann", s.current_seq, Outcome::kRight, 9));
  EXPECT_FALSE(store_->add_hint(channel_, "ann", s.current_seq));
}

TEST_F(PgQuizStoreTest, HistoryKeepsTheLatestAskingOfEachQuestion) {
  store_->start(channel_, "ann", StoryPart::kPart4, true);
  for (int round = 0; round < 3; ++round) {
    for (const char* id : {"q5-1", "q5-2"}) {
      const auto s = store_->ask(channel_, "ann", id);
      const Outcome outcome =
          round == 2 && id == std::string("q5-2") ? Outcome::kWrong : Outcome::kRight;
      ASSERT_TRUE(store_->record(channel_, "ann", s.current_seq, outcome, 10));
    }
  }
  store_->ask(channel_, "ann", "q5-1");  // waiting, then skipped by stop()
  const auto stopped = store_->stop(channel_, "ann");
  ASSERT_TRUE(stopped);
  EXPECT_FALSE(stopped->active);
  const auto history = store_->history(channel_, "ann");
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].question_id, "q5-1");
  EXPECT_EQ(history[0].last_seq, 7);
  EXPECT_EQ(history[0].last_outcome, Outcome::kSkipped);
  EXPECT_EQ(history[1].question_id, "q5-2");
  EXPECT_EQ(history[1].last_seq, 6);
  EXPECT_EQ(history[1].last_outcome, Outcome::kWrong);
  EXPECT_TRUE(store_->history(channel_, "bob").empty());
  EXPECT_FALSE(store_->stop(channel_, "bob"));
}

}  // namespace
}  // namespace lenbot
