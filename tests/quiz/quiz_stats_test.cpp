#include "bot/quiz/quiz_stats.h"

#include <gtest/gtest.h>

#include "bot/quiz/sqlite_quiz_store.h"
#include "tests/quiz/quiz_test_support.h"

namespace lenbot {
namespace {

using testing::TempDb;

TEST(QuizStatsTest, ZeroBeforeAnyQuizThenCountsSessionsAndOutcomes) {
  TempDb db("stats");
  QuizStatsReader reader(db.path());
  const QuizStats empty = reader.read();
  EXPECT_EQ(empty.players, 0);
  EXPECT_EQ(empty.questions_asked, 0);

  SqliteQuizStore store(db.path());
  store.start("web", "ann", StoryPart::kPart4, true);
  store.start("web", "bob", StoryPart::kPart4, true);
  auto s = store.ask("web", "ann", "q1");
  store.record("web", "ann", s.current_seq, Outcome::kRight, 10);
  s = store.ask("web", "ann", "q2");
  store.record("web", "ann", s.current_seq, Outcome::kWrong, 0);
  s = store.ask("web", "bob", "q1");
  store.record("web", "bob", s.current_seq, Outcome::kSkipped, 0);
  store.ask("web", "bob", "q2");  // waiting
  store.stop("web", "ann");

  const QuizStats stats = reader.read();
  EXPECT_EQ(stats.players, 2);
  EXPECT_EQ(stats.sessions_active, 1);
  EXPECT_EQ(stats.questions_asked, 4);
  EXPECT_EQ(stats.answers_right, 1);
  EXPECT_EQ(stats.answers_wrong, 1);
  EXPECT_EQ(stats.skipped, 1);
}

}  // namespace
}  // namespace lenbot
