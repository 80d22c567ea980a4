// backup_database: a snapshot taken while quiz writers keep answering holds every answer that
// was acknowledged before the backup began, and opens as an ordinary database.
#include "bot/storage/backup.h"

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <thread>
#include <vector>

#include "bot/quiz/sqlite_quiz_store.h"
#include "bot/storage/database.h"
#include "tests/support/temp_dir.h"
#include "tests/support/test_bot.h"

namespace lenbot {
namespace {

namespace fs = std::filesystem;

class BackupTest : public ::testing::Test {
 protected:
  std::string path(const char* name) const { return dir_.file(name); }

  TempDir dir_{"backup"};
};

TEST_F(BackupTest, UnderQuizLoadTheCopyHoldsEveryAcknowledgedAnswer) {
  const std::string live = path("state.db");
  constexpr std::size_t kPlayers = 4;
  {
    SqliteQuizStore setup(live);
    for (std::size_t p = 0; p < kPlayers; ++p) {
      setup.start("web", "player" + std::to_string(p), StoryPart::kPart4, true);
    }
  }
  // Each player answers question after question; `acknowledged[p]` is how many of its answers
  // record() has confirmed so far.
  std::atomic<bool> stop{false};
  std::vector<std::atomic<int>> acknowledged(kPlayers);
  std::vector<std::thread> players;
  for (std::size_t p = 0; p < kPlayers; ++p) {
    players.emplace_back([&, p] {
      SqliteQuizStore store(live);
      const std::string user = "player" + std::to_string(p);
      for (int i = 0; !stop; ++i) {
        const auto session = store.ask("web", user, "q" + std::to_string(i));
        if (store.record("web", user, session.current_seq, Outcome::kRight, 1)) ++acknowledged[p];
      }
    });
  }
  // Let load build up, then take three backups in a row while it runs.
  while (acknowledged[0] < 20) std::this_thread::yield();
  std::vector<std::vector<int>> before_each(3, std::vector<int>(kPlayers));
  for (std::size_t b = 0; b < 3; ++b) {
    for (std::size_t p = 0; p < kPlayers; ++p) before_each[b][p] = acknowledged[p];
    backup_database(live, path(("backup" + std::to_string(b) + ".db").c_str()));
  }
  stop = true;
  for (auto& player : players) player.join();

  for (std::size_t b = 0; b < 3; ++b) {
    const std::string copy = path(("backup" + std::to_string(b) + ".db").c_str());
    EXPECT_FALSE(fs::exists(copy + "-wal") && fs::file_size(copy + "-wal") > 0) << copy;
    Database restored(copy);
    restored.check_integrity();
    SqliteQuizStore store(copy);
    for (std::size_t p = 0; p < kPlayers; ++p) {
      const auto session = store.session("web", "player" + std::to_string(p));
      ASSERT_TRUE(session) << copy;
      EXPECT_GE(session->score.answered, before_each[b][p]) << copy << " player " << p;
      // One consistent snapshot: the score and the answer log agree.
      int right = 0;
      for (const auto& asked : store.history("web", "player" + std::to_string(p))) {
        right += asked.last_outcome == Outcome::kRight ? 1 : 0;
      }
      EXPECT_EQ(session->score.answered, right) << copy << " player " << p;
    }
  }
}

TEST_F(BackupTest, AMissingSourceIsAnErrorAndNoTargetAppears) {
  EXPECT_THROW(backup_database(path("absent.db"), path("copy.db")), StorageError);
  EXPECT_FALSE(fs::exists(path("copy.db")));
}

TEST_F(BackupTest, TheTargetIsReplacedWhole) {
  {
    Database db(path("state.db"));
    db.exec("CREATE TABLE t(x); INSERT INTO t VALUES (1), (2), (3);");
  }
  { std::ofstream(path("copy.db")) << "an old file that is not a database"; }
  EXPECT_GT(backup_database(path("state.db"), path("copy.db")), 0);
  Database copy(path("copy.db"));
  auto count = copy.prepare("SELECT count(*) FROM t");
  ASSERT_TRUE(count.step());
  EXPECT_EQ(count.column_int(0), 3);
  EXPECT_FALSE(fs::exists(path("copy.db.partial")));
}

}  // namespace
}  // namespace lenbot
