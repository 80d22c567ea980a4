// Quiz answers as fans type them: grade_answer against every kind of generated question (from
// the repo's corpus), parse_option, normalize_answer, edit_distance and parse_quiz_move. Never an
// exception; a chosen option is one the question has; edit distance is a symmetric distance.
//
// Input: two bytes choosing the question, then the reply.
#include <algorithm>

#include "bot/quiz/answer_matcher.h"
#include "bot/quiz/answer_text.h"
#include "bot/quiz/question_bank.h"
#include "bot/quiz/quiz_move.h"
#include "tests/fuzz/fuzz_input.h"

namespace {

using lenbot::fuzz::expect;

// Edit distance is quadratic: compare at most this much (replies are capped at 2,000
// characters upstream; the property does not need long ones).
constexpr std::size_t kMaxDistanceBytes = 64;

const lenbot::QuestionBank& bank() {
  static const lenbot::QuestionBank instance =
      lenbot::QuestionBank::load(LENBOT_SOURCE_DIR "/corpus/kagamine_len_article.txt",
                                 LENBOT_SOURCE_DIR "/corpus/aliases.tsv");
  return instance;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  for (const lenbot::QuizQuestion& question : bank().questions()) {
    expect(lenbot::grade_answer(question, question.answer, bank().aliases()).verdict ==
               lenbot::Verdict::kCorrect,
           "every question's own answer is correct");
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view reply = lenbot::fuzz::as_text(data, size);
  const auto& questions = bank().questions();
  const unsigned pick = lenbot::fuzz::take_flags(reply) * 256 + lenbot::fuzz::take_flags(reply);
  const lenbot::QuizQuestion& question = questions[pick % questions.size()];

  const lenbot::Grade grade = lenbot::grade_answer(question, reply, bank().aliases());
  if (grade.option >= 0) {
    expect(static_cast<std::size_t>(grade.option) < question.options.size(), "a real option");
    expect(grade.counts() == (grade.option == question.correct_option), "the right option counts");
  }
  const int option = lenbot::parse_option(reply, 4);
  expect(option >= -1 && option < 4, "parse_option gives -1 or an index");

  const std::string normalized = lenbot::normalize_answer(reply);
  expect(normalized.find("  ") == std::string::npos && !normalized.starts_with(' ') &&
             !normalized.ends_with(' '),
         "normalised answers have single spaces between words only");

  const std::string_view a = reply.substr(0, kMaxDistanceBytes);
  const std::string_view b = std::string_view(question.answer).substr(0, kMaxDistanceBytes);
  const std::size_t distance = lenbot::edit_distance(a, b);
  expect(distance == lenbot::edit_distance(b, a), "edit distance is symmetric");
  expect(distance <= std::max(a.size(), b.size()), "edit distance is at most the longer length");
  expect((distance == 0) == (a == b), "distance 0 means equal");

  lenbot::parse_quiz_move(reply);
  return 0;
}
