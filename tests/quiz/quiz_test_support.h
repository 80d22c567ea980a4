#pragma once
// Shared by the quiz tests: the bank built once from the real corpus, the quiz voice from
// personas/len.json, and a temporary state database that removes itself.
#include <string>

#include "bot/quiz/question_bank.h"
#include "bot/quiz/quiz_voice.h"
#include "tests/support/temp_dir.h"

namespace lenbot::testing {

inline std::string source_path(const std::string& relative) {
  return std::string(LENBOT_SOURCE_DIR) + "/" + relative;
}

inline const QuestionBank& test_bank() {
  static const QuestionBank bank = QuestionBank::load(
      source_path("corpus/kagamine_len_article.txt"), source_path("corpus/aliases.tsv"));
  return bank;
}

inline QuizVoice test_voice() { return load_quiz_voice(source_path("personas/len.json")); }

// A state database file of its own, in a TempDir (removed, WAL files and all, on destruction).
class TempDb {
 public:
  explicit TempDb(const std::string& name) : dir_("quiz_" + name), path_(dir_.file("state.db")) {}
  const std::string& path() const { return path_; }

 private:
  TempDir dir_;
  std::string path_;
};

}  // namespace lenbot::testing
