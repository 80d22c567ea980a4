#include "bot/index/indexer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "bot/storage/database.h"
#include "tests/support/temp_dir.h"

namespace lenbot {
namespace {

namespace fs = std::filesystem;

class IndexerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::copy_file(LENBOT_SOURCE_DIR "/corpus/kagamine_len_article.txt", dir_ / "article.txt",
                  fs::copy_options::overwrite_existing);
    fs::copy_file(LENBOT_SOURCE_DIR "/corpus/lexicon.tsv", dir_ / "lexicon.tsv",
                  fs::copy_options::overwrite_existing);
    sources_ = {(dir_ / "article.txt").string(), (dir_ / "lexicon.tsv").string(), ""};
    db_ = (dir_ / "data" / "index.db").string();
  }

  static long long count(const std::string& db, const char* sql) {
    Database d(db, Database::Mode::kReadOnly);
    auto stmt = d.prepare(sql);
    return stmt.step() ? stmt.column_int(0) : -1;
  }

  TempDir temp_{"indexer"};
  fs::path dir_ = temp_.path();
  IndexSources sources_;
  std::string db_;
};

TEST_F(IndexerTest, BuildsFactsQuotesAndLookups) {
  const IndexReport report = build_index(sources_, db_);
  EXPECT_TRUE(report.rebuilt);
  EXPECT_GT(report.facts, 200);
  EXPECT_EQ(report.quotes, 14);
  // Every citation 1-192 ends one segment.
  EXPECT_EQ(count(db_, "SELECT count(*) FROM facts, json_each(facts.cites)"), 192);
  EXPECT_EQ(count(db_, "SELECT count(*) FROM facts WHERE kind = 'profile'"), 12);
  EXPECT_EQ(count(db_, "SELECT count(*) FROM captions"), 9);
  EXPECT_EQ(count(db_, "SELECT count(*) FROM lemmas WHERE form = 'stole' AND lemma = 'steal'"), 1);
  EXPECT_GE(count(db_, "SELECT count(*) FROM expansions WHERE word = 'nick' AND target = 'steal'"),
            1);
  EXPECT_GE(count(db_, "SELECT count(*) FROM facts_fts WHERE facts_fts MATCH 'wallet'"), 2);
}

TEST_F(IndexerTest, RebuildsOnlyWhenTheSourcesChange) {
  EXPECT_EQ(ensure_index(sources_, db_).reason, "missing");
  EXPECT_FALSE(ensure_index(sources_, db_).rebuilt);
  std::ofstream(dir_ / "lexicon.tsv", std::ios::app) << "synonym\tyeet\tthrow\n";
  const IndexReport changed = ensure_index(sources_, db_);
  EXPECT_TRUE(changed.rebuilt);
  EXPECT_EQ(changed.reason, "sources changed");
  EXPECT_EQ(count(db_, "SELECT count(*) FROM expansions WHERE word = 'yeet'"), 1);
}

TEST_F(IndexerTest, ACorruptIndexIsRebuiltFromTheCorpus) {
  ASSERT_TRUE(build_index(sources_, db_).rebuilt);
  std::ofstream(db_, std::ios::binary | std::ios::trunc) << "this is not a database";
  const IndexReport report = ensure_index(sources_, db_);
  EXPECT_TRUE(report.rebuilt);
  EXPECT_EQ(report.reason, "unreadable");
  EXPECT_GT(count(db_, "SELECT count(*) FROM facts"), 200);
}

TEST_F(IndexerTest, MissingSourcesAreAClearError) {
  IndexSources missing = sources_;
  missing.corpus_path = (dir_ / "nope.txt").string();
  EXPECT_ANY_THROW(ensure_index(missing, db_));
  EXPECT_FALSE(fs::exists(db_));
}

}  // namespace
}  // namespace lenbot
