#include "bot/quiz/sqlite_quiz_store.h"

#include <gtest/gtest.h>

#include <memory>
#include <mutex>
#include <string>

#include "bot/storage/database.h"
#include "tests/quiz/quiz_store_contract.h"
#include "tests/quiz/quiz_test_support.h"

namespace lenbot {
namespace {

using testing::TempDb;

// Quiz state in a SQLite file of its own; each handle is a SqliteQuizStore with its own
// connection pool, so racing writers meet SQLite's lock.
struct SqliteQuizState {
  static void require() {}
  std::unique_ptr<QuizStore> open() { return std::make_unique<SqliteQuizStore>(db.path()); }
  std::string channel(const std::string& name) const { return name; }
  TempDb db{"contract"};
};

// The same, with the writer mutex a server shares between its stores on one file: writers wait
// on it instead of sleeping in SQLite's busy handler.
struct SqliteSharedWriterQuizState : SqliteQuizState {
  std::unique_ptr<QuizStore> open() {
    return std::make_unique<SqliteQuizStore>(db.path(), &writers);
  }
  std::mutex writers;
};

using SqliteQuizStates = ::testing::Types<SqliteQuizState, SqliteSharedWriterQuizState>;
INSTANTIATE_TYPED_TEST_SUITE_P(Sqlite, QuizStoreContract, SqliteQuizStates);

// A state file from before the per-question summary existed keeps its players' history.
TEST(SqliteQuizStoreTest, AnOlderStateFileIsReadIntoTheSummary) {
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
