#pragma once
// The real quiz behind the channel fuzzers' quiz hooks: the question bank from the repo's
// corpus, Len's quiz voice, and sessions in SQLite in a scratch directory. Built once, on first
// use (call it from LLVMFuzzerInitialize), removed at exit.
#include <memory>

#include "bot/quiz/question_bank.h"
#include "bot/quiz/quiz_service.h"
#include "bot/quiz/quiz_voice.h"
#include "bot/quiz/sqlite_quiz_store.h"
#include "tests/fuzz/fuzz_input.h"

namespace lenbot::fuzz {

// Declared in build order, destroyed in reverse: the store closes before its file goes.
struct QuizFixture {
  TempDir dir{"fuzz_quiz"};
  QuestionBank bank = QuestionBank::load(LENBOT_SOURCE_DIR "/corpus/kagamine_len_article.txt",
                                         LENBOT_SOURCE_DIR "/corpus/aliases.tsv");
  SqliteQuizStore store{dir.file("state.db")};
  QuizService quiz{bank, load_quiz_voice(LENBOT_SOURCE_DIR "/personas/len.json"), store};

  static QuizFixture& get() {
    static QuizFixture instance;
    return instance;
  }
};

}  // namespace lenbot::fuzz
