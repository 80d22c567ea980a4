#include "bot/storage/sqlite_migrations.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "bot/chat/conversation_store.h"
#include "bot/quiz/quiz_admin.h"
#include "bot/quiz/sqlite_quiz_store.h"
#include "tests/support/temp_dir.h"

namespace lenbot {
namespace {

namespace fs = std::filesystem;

class SqliteMigrationsTest : public ::testing::Test {
 protected:
  static std::int64_t count(Database& db, const std::string& sql) {
    auto st = db.prepare(sql);
    return st.step() ? st.column_int(0) : -1;
  }
  static bool has_table(Database& db, const std::string& name) {
    return count(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + name +
                         "'") == 1;
  }

  TempDir temp_{"migrations"};
  fs::path dir_ = temp_.path();
  std::string path_ = temp_.file("state.db");
};

int latest() { return sqlite_state_migrations().back().version; }

TEST_F(SqliteMigrationsTest, VersionsAreNumberedInOrderFromOne) {
  int expected = 1;
  for (const SqliteMigration& migration : sqlite_state_migrations()) {
    EXPECT_EQ(migration.version, expected++) << migration.name;
  }
}

TEST_F(SqliteMigrationsTest, NewFileGetsEveryTableAndTheLatestVersion) {
  Database db(path_);
  EXPECT_EQ(state_schema_version(db), 0);
  EXPECT_EQ(migrate_state(db), static_cast<int>(sqlite_state_migrations().size()));
  EXPECT_EQ(state_schema_version(db), latest());
  for (const char* table : {"conversations", "quiz_sessions", "quiz_asked", "quiz_last",
                            "blocked_channels", "discord_seen"}) {
    EXPECT_TRUE(has_table(db, table)) << table;
  }
  EXPECT_EQ(migrate_state(db), 0) << "a second run has nothing to do";
}

// A file from before versioning: conversations without said_facts, a quiz log without
// quiz_last. Its rows survive and the new columns and tables are filled in.
TEST_F(SqliteMigrationsTest, UnversionedFileIsBroughtUpWithItsRows) {
  {
    Database db(path_);
    db.exec(
        "CREATE TABLE conversations(id TEXT PRIMARY KEY, turn INTEGER NOT NULL, last_question "
        "TEXT NOT NULL, last_facts TEXT NOT NULL, updated_at INTEGER NOT NULL);"
        "INSERT INTO conversations VALUES ('web:a', 2, 'who is rin', '[4]', 100);"
        "CREATE TABLE quiz_asked (channel TEXT NOT NULL, user TEXT NOT NULL, seq INTEGER NOT "
        "NULL, question_id TEXT NOT NULL, outcome INTEGER NOT NULL DEFAULT 0, points INTEGER "
        "NOT NULL DEFAULT 0, PRIMARY KEY (channel, user, seq));"
        "INSERT INTO quiz_asked VALUES ('cli', 'u', 1, 'q7', 1, 10), ('cli', 'u', 2, 'q7', 2, 0);");
  }
  Database db(path_);
  migrate_state(db);
  EXPECT_EQ(state_schema_version(db), latest());
  EXPECT_EQ(count(db, "SELECT count(*) FROM conversations WHERE said_facts = '[]'"), 1);
  EXPECT_EQ(count(db, "SELECT seq FROM quiz_last WHERE question_id = 'q7'"), 2);
  EXPECT_EQ(count(db, "SELECT outcome FROM quiz_last WHERE question_id = 'q7'"), 2);
}

TEST_F(SqliteMigrationsTest, NewerFileIsRefusedAndLeftAlone) {
  {
    Database db(path_);
    db.exec("PRAGMA user_version = " + std::to_string(latest() + 1));
  }
  Database db(path_);
  try {
    migrate_state(db);
    FAIL() << "a newer schema was accepted";
  } catch (const StorageError& e) {
    EXPECT_NE(std::string(e.what()).find("newer than this lenbot"), std::string::npos) << e.what();
  }
  EXPECT_EQ(state_schema_version(db), latest() + 1);
  EXPECT_FALSE(has_table(db, "quiz_sessions"));
}

// Whichever store opens a file first, the file ends up at the latest version.
TEST_F(SqliteMigrationsTest, EveryStoreMigratesTheFileItOpens) {
  { SqliteConversationStore conversations(path_, 3600); }
  {
    Database db(path_);
    EXPECT_EQ(state_schema_version(db), latest());
  }
  fs::remove(path_);
  { SqliteQuizStore quiz(path_); }
  {
    Database db(path_);
    EXPECT_EQ(state_schema_version(db), latest());
  }
  fs::remove(path_);
  { QuizAdmin admin(path_); }
  Database db(path_);
  EXPECT_EQ(state_schema_version(db), latest());
}

}  // namespace
}  // namespace lenbot
