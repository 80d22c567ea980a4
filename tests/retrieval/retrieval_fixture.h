#pragma once
// A built index and its Knowledge, shared by the retrieval tests of one binary run.
#include <gtest/gtest.h>

#include <algorithm>

#include "bot/index/indexer.h"
#include "bot/retrieval/knowledge.h"
#include "bot/retrieval/retriever.h"
#include "tests/support/temp_dir.h"

namespace lenbot {

class RetrievalFixture : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir("retrieval");
    index_ = dir_->file("index.db");
    build_index({LENBOT_SOURCE_DIR "/corpus/kagamine_len_article.txt",
                 LENBOT_SOURCE_DIR "/corpus/lexicon.tsv", ""},
                index_);
    Database db(index_, Database::Mode::kReadOnly);
    knowledge_ = new Knowledge(Knowledge::load(db));
    retriever_ = new Retriever(*knowledge_, index_);
  }
  static void TearDownTestSuite() {
    delete retriever_;
    delete knowledge_;
    delete dir_;
  }

  // The article fact carrying citation `cite`.
  static const Fact& fact_citing(int cite) {
    for (const auto& f : knowledge_->facts) {
      if (std::find(f.cites.begin(), f.cites.end(), cite) != f.cites.end()) return f;
    }
    ADD_FAILURE() << "no fact cites [" << cite << "]";
    return knowledge_->facts.front();
  }

  static inline TempDir* dir_ = nullptr;
  static inline std::string index_;
  static inline const Knowledge* knowledge_ = nullptr;
  static inline Retriever* retriever_ = nullptr;
};

}  // namespace lenbot
