#include "bot/eval/evaluation.h"

#include <gtest/gtest.h>

namespace lenbot {
namespace {

QuestionOutcome answerable(bool right, double confidence) {
  QuestionOutcome o;
  o.answerable = true;
  o.top_right = right;
  o.right_first = right && confidence >= 0.5;
  o.right_in_top5 = true;
  o.declined = confidence < 0.5;
  o.confidence = confidence;
  return o;
}

QuestionOutcome unanswerable(double confidence) {
  QuestionOutcome o;
  o.declined = confidence < 0.5;
  o.confidence = confidence;
  return o;
}

TEST(EvaluationTest, FiguresCountEachKind) {
  const EvalFigures f = figures_of({answerable(true, 0.9), answerable(false, 0.8),
                                    answerable(true, 0.2), unanswerable(0.1), unanswerable(0.7)});
  EXPECT_EQ(f.answerable, 3);
  EXPECT_EQ(f.unanswerable, 2);
  EXPECT_DOUBLE_EQ(f.recall_at_1(), 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(f.recall_at_5(), 1.0);
  EXPECT_DOUBLE_EQ(f.declined_rate(), 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(f.answered_unanswerable_rate(), 0.5);
  EXPECT_NE(f.summary().find("recall@1 0.333"), std::string::npos) << f.summary();
}

// The threshold lets through at most the allowed share of unanswerable questions, no more,
// and sits between two scores rather than on one.
TEST(EvaluationTest, ThresholdKeepsUnanswerableQuestionsOut) {
  std::vector<QuestionOutcome> outcomes;
  for (int i = 0; i < 10; ++i) outcomes.push_back(unanswerable(0.05 * i));  // 0 .. 0.45
  outcomes.push_back(answerable(true, 0.6));
  outcomes.push_back(answerable(true, 0.42));
  const double none = choose_threshold(outcomes, 0.0);
  EXPECT_GT(none, 0.45);
  EXPECT_LT(none, 0.6);
  const double one = choose_threshold(outcomes, 0.1);  // one of ten may pass
  EXPECT_GT(one, 0.40);
  EXPECT_LT(one, 0.42);
  EXPECT_DOUBLE_EQ(choose_threshold(outcomes, 1.0), 0.0);
}

TEST(EvaluationTest, TradeoffTableHasARowPerThreshold) {
  const std::string table = tradeoff_table(
      {answerable(true, 0.9), answerable(true, 0.3), unanswerable(0.4)}, {0.2, 0.5}, 0.5);
  EXPECT_NE(table.find("| 0.20 | 1.000 | 0.000 | 1.000 (1 of 1) |"), std::string::npos) << table;
  EXPECT_NE(table.find("| **0.50 | 0.500 | 0.500 | 0.000 (0 of 1) |"), std::string::npos) << table;
}

}  // namespace
}  // namespace lenbot
