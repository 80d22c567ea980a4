#include "bot/quiz/answer_matcher.h"

#include <gtest/gtest.h>

#include "bot/quiz/answer_text.h"
#include "bot/quiz/hint.h"
#include "tests/quiz/quiz_test_support.h"

namespace lenbot {
namespace {

Question fill_in(std::string answer) {
  Question q;
  q.kind = QuestionKind::kFillIn;
  q.answer = std::move(answer);
  return q;
}

Question choice(std::string answer, std::vector<std::string> options, int correct) {
  Question q;
  q.kind = QuestionKind::kMultipleChoice;
  q.answer = std::move(answer);
  q.options = std::move(options);
  q.correct_option = correct;
  return q;
}

struct Case {
  const char* reply;
  Question question;
  Verdict expected;
};

TEST(QuizAnswerMatchTest, Table) {
  const auto& aliases = testing::test_bank().aliases();
  const auto people = choice("Camui", {"Rin", "Camui", "Miku", "Ronald"}, 1);
  const Case cases[] = {
      {"B", people, Verdict::kCorrect},
      {"b)", people, Verdict::kCorrect},
      {"2", people, Verdict::kCorrect},
      {"a", people, Verdict::kWrong},
      {"4", people, Verdict::kWrong},
      {"Gackpo", people, Verdict::kCorrect},
      {"camui gackpo", people, Verdict::kCorrect},
      {"Camui Gackpo!", people, Verdict::kCorrect},
      {"Ronald", people, Verdict::kWrong},
      {"Hatsune Miku", choice("Miku", {"Miku", "Rin", "Abe", "Irina"}, 0), Verdict::kCorrect},
      {"the clown", fill_in("Ronald McDonald"), Verdict::kCorrect},
      {"McDonald", fill_in("Ronald"), Verdict::kCorrect},
      {"ronald mcdonald", fill_in("Ronald"), Verdict::kCorrect},
      {"Abe-san", fill_in("Abe"), Verdict::kCorrect},
      {"abe san", fill_in("Abe"), Verdict::kCorrect},
      {"Abe", fill_in("Abe-san"), Verdict::kCorrect},
      {"The Wallet", fill_in("wallet"), Verdict::kCorrect},
      {"a wallet.", fill_in("wallet"), Verdict::kCorrect},
      {"walet", fill_in("wallet"), Verdict::kNearMiss},  // 6 letters: 1 edit
      {"walle", fill_in("wallet"), Verdict::kNearMiss},
      {"wllt", fill_in("wallet"), Verdict::kWrong},     // 2 edits on 6 letters
      {"chiar", fill_in("chair"), Verdict::kNearMiss},  // a swap is one edit
      {"air", fill_in("chair"), Verdict::kWrong},       // a bare substring is no match
      {"cha", fill_in("chair"), Verdict::kWrong},
      {"gun", fill_in("gun"), Verdict::kCorrect},
      {"gum", fill_in("gun"), Verdict::kWrong},  // under 4 letters: no typos
      {"pkie", fill_in("pike"), Verdict::kNearMiss},
      {"headphone", fill_in("headphones"), Verdict::kNearMiss},
      {"hedphons", fill_in("headphones"), Verdict::kNearMiss},  // 7+: 2 edits
      {"hdphns", fill_in("headphones"), Verdict::kWrong},
      {"Suidobashi", fill_in("Suidoubashi"), Verdict::kNearMiss},
      {"Tokyo Dome", fill_in("Tokyo Dome City"), Verdict::kCorrect},
      {"rock & roll", fill_in("rock and roll"), Verdict::kCorrect},
      {"Valentines Day", fill_in("Valentine's Day"), Verdict::kCorrect},
      {"you", fill_in("Len"), Verdict::kCorrect},
      {"Kagamine Len", fill_in("Len"), Verdict::kCorrect},
      {"", fill_in("Len"), Verdict::kWrong},
      {"B", fill_in("Len"), Verdict::kWrong},  // no options on fill-in
  };
  for (const auto& c : cases) {
    EXPECT_EQ(grade_answer(c.question, c.reply, aliases).verdict, c.expected)
        << "reply \"" << c.reply << "\" to answer \"" << c.question.answer << "\"";
  }
}

TEST(QuizAnswerMatchTest, AnExactWrongOptionBeatsATypoOfTheAnswer) {
  const auto& aliases = testing::test_bank().aliases();
  const auto q = choice("coat", {"coat", "boat", "goat", "moat"}, 0);
  EXPECT_EQ(grade_answer(q, "boat", aliases).verdict, Verdict::kWrong);
  EXPECT_EQ(grade_answer(q, "coat", aliases).verdict, Verdict::kCorrect);
}

TEST(QuizAnswerMatchTest, NormalisationAndEditBudget) {
  struct Norm {
    const char* in;
    const char* out;
  };
  for (const auto& c :
       {Norm{"  The  Clown! ", "clown"}, Norm{"R&B", "r and b"}, Norm{"An Apple", "apple"},
        Norm{"a", "a"}, Norm{"Abe-san", "abe san"}, Norm{"Valentine's", "valentines"}}) {
    EXPECT_EQ(normalize_answer(c.in), c.out) << c.in;
  }
  EXPECT_EQ(allowed_edits(3), 0u);
  EXPECT_EQ(allowed_edits(4), 1u);
  EXPECT_EQ(allowed_edits(6), 1u);
  EXPECT_EQ(allowed_edits(7), 2u);
  EXPECT_EQ(edit_distance("chair", "air"), 2u);
  EXPECT_EQ(edit_distance("ab", "ba"), 1u);
}

TEST(QuizHintTest, RevealsLettersProgressivelyAndCostsPoints) {
  EXPECT_EQ(hint_mask("Suidoubashi", 1), "S*********i");
  EXPECT_EQ(hint_mask("Suidoubashi", 2), "Su********i");
  EXPECT_EQ(hint_mask("Tokyo Dome", 1), "T***o D**e");
  EXPECT_EQ(hint_mask("gun", 99), "gun");
  EXPECT_GT(question_points(QuestionKind::kFillIn, 0), question_points(QuestionKind::kFillIn, 1));
  EXPECT_GE(question_points(QuestionKind::kMultipleChoice, 50), 1);
}

}  // namespace
}  // namespace lenbot
