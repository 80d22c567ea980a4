#include "bot/storage/database.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "bot/chat/conversation_store.h"
#include "bot/quiz/sqlite_quiz_store.h"
#include "tests/support/temp_dir.h"

namespace lenbot {
namespace {

namespace fs = std::filesystem;

// A database fixture on a temporary directory, removed with everything in it.
class DatabaseTest : public ::testing::Test {
 protected:
  void write_file(const std::string& bytes) {
    std::ofstream(path_, std::ios::binary | std::ios::trunc) << bytes;
  }
  std::string read_file() const {
    std::ifstream in(path_, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }
  std::string query_text(Database& db, const char* sql) {
    auto st = db.prepare(sql);
    return st.step() ? st.column_text(0) : "";
  }

  TempDir temp_{"database"};
  fs::path dir_ = temp_.path();
  std::string path_ = temp_.file("state.db");
};

constexpr const char* kGarbage =
    "garbage garbage garbage: not a SQLite file, and the stores must not replace it\n";

// What every store must do with a file that is not a database: throw, name the file, keep it.
template <typename Open>
void expect_refused(const std::string& path, const std::string& before, Open open) {
  try {
    open();
    ADD_FAILURE() << "opened " << path << " although it is garbage";
  } catch (const StorageError& e) {
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
  }
  std::ifstream in(path, std::ios::binary);
  EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()),
            before)
      << path << " was changed";
}

TEST_F(DatabaseTest, OpensInWalModeWithABusyTimeout) {
  Database db(path_);
  EXPECT_EQ(query_text(db, "PRAGMA journal_mode"), "wal");
  EXPECT_EQ(query_text(db, "PRAGMA busy_timeout"), "5000");
  EXPECT_EQ(query_text(db, "PRAGMA foreign_keys"), "1");
}

TEST_F(DatabaseTest, ATransactionTakesTheWriteLockAtOnce) {
  Database a(path_);
  Database b(path_);
  a.exec("CREATE TABLE t(x)");
  b.exec("PRAGMA busy_timeout=0");
  Transaction tx(a);  // BEGIN IMMEDIATE: the lock is held before the first write
  EXPECT_THROW(b.exec("BEGIN IMMEDIATE"), StorageError);
  EXPECT_EQ(query_text(b, "SELECT count(*) FROM t"), "0");  // readers are not blocked (WAL)
}

TEST_F(DatabaseTest, AGarbageFileIsRefusedNamingItAndLeftAlone) {
  write_file(kGarbage);
  expect_refused(path_, kGarbage, [&] { Database db(path_); });
  expect_refused(path_, kGarbage, [&] { SqliteQuizStore store(path_); });
  expect_refused(path_, kGarbage, [&] { SqliteConversationStore store(path_, 3600); });
  EXPECT_FALSE(fs::exists(path_ + "-wal"));
}

TEST_F(DatabaseTest, ADamagedPageIsFoundAtStartAndTheFileKept) {
  {
    SqliteConversationStore store(path_, 3600);
    for (int i = 0; i < 400; ++i) {
      store.save("conversation-" + std::to_string(i), {i, std::string(200, 'x'), {i, i + 1}, {}},
                 1000);
    }
  }  // the last connection checkpoints the WAL into the file
  std::string bytes = read_file();
  ASSERT_GT(bytes.size(), 4u * 4096);
  for (std::size_t i = 2 * 4096; i < 3 * 4096; ++i) bytes[i] = static_cast<char>(0xA5);
  write_file(bytes);

  Database db(path_);  // the header is intact, so it opens...
  EXPECT_THROW(db.check_integrity(), StorageError);
  expect_refused(path_, bytes, [&] { SqliteConversationStore store(path_, 3600); });
}

TEST_F(DatabaseTest, AMissingFileIsCreated) {
  SqliteQuizStore store(path_);
  EXPECT_TRUE(fs::exists(path_));
  EXPECT_FALSE(store.session("web", "ann"));
}

}  // namespace
}  // namespace lenbot
