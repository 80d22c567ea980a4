#pragma once
// A built index and its Knowledge, shared by the retrieval tests of one binary run.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>

#include "bot/index/indexer.h"
#include "bot/retrieval/knowledge.h"
#include "bot/retrieval/retriever.h"

namespace lenbot {

class RetrievalFixture : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ =
        std::filesystem::temp_directory_path() / ("lenbot_retrieval_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
    index_ = (dir_ / "index.db").string();
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
    std::filesystem::remove_all(dir_);
  }

  // The article fact carrying citation `cite`.
  static const Fact& fact_citing(int cite) {
    for (const auto& f : knowledge_->facts) {
      if (std::find(f.cites.begin(), f.cites.end(), cite) != f.cites.end()) return f;
    }
    ADD_FAILURE() << "no fact cites [" << cite << "]";
    return knowledge_->facts.front();
  }

  static inline std::filesystem::path dir_;
  static inline std::string index_;
  static inline const Knowledge* knowledge_ = nullptr;
  static inline Retriever* retriever_ = nullptr;
};

}  // namespace lenbot
