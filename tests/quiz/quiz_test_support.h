#pragma once
// Shared by the quiz tests: the bank built once from the real corpus, the quiz voice from
// personas/quiz_voice.json, and a temporary state database that removes itself.
#include <unistd.h>

#include <filesystem>
#include <string>

#include "bot/quiz/question_bank.h"
#include "bot/quiz/quiz_voice.h"

namespace lenbot::testing {

inline std::string source_path(const std::string& relative) {
  return std::string(LENBOT_SOURCE_DIR) + "/" + relative;
}

inline const QuestionBank& test_bank() {
  static const QuestionBank bank = QuestionBank::load(
      source_path("corpus/kagamine_len_article.txt"), source_path("corpus/aliases.tsv"));
  return bank;
}

inline QuizVoice test_voice() { return load_quiz_voice(source_path("personas/quiz_voice.json")); }

// A database file under the temp directory, deleted (with its WAL files) on destruction.
class TempDb {
 public:
  explicit TempDb(const std::string& name)
      : path_((std::filesystem::temp_directory_path() /
               ("lenbot_quiz_" + name + "_" + std::to_string(::getpid()) + ".db"))
                  .string()) {
    remove();
  }
  ~TempDb() { remove(); }
  TempDb(const TempDb&) = delete;
  TempDb& operator=(const TempDb&) = delete;
  const std::string& path() const { return path_; }

 private:
  void remove() const {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  }
  std::string path_;
};

}  // namespace lenbot::testing
