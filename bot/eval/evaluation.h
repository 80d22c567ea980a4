#pragma once
// Measures the whole answer path on eval items: recall@1 of the first source Len gives (a
// decline is a miss), recall@5 over the ranked candidates, answerable questions declined and
// unanswerable ones answered; and the trade-off curve the decline threshold is chosen from.
#include <string>
#include <vector>

#include "bot/chat/answer_plan.h"
#include "bot/eval/eval_set.h"

namespace lenbot {

struct QuestionOutcome {
  bool answerable = false;
  bool right_first = false;  // Len answered and his first source is right
  bool right_in_top5 = false;
  bool declined = false;
  bool top_right = false;   // the first source would be right, whatever the threshold
  double confidence = 0.0;  // what the threshold is compared with
  bool in_pool = false;     // a right fact is among the learned ranker's candidates
};

QuestionOutcome evaluate_question(const EvalItem& item, const AnswerPlanner& planner,
                                  Retriever& retriever, const Knowledge& knowledge);

struct EvalFigures {
  int answerable = 0;
  int unanswerable = 0;
  int right_first = 0;
  int right_in_top5 = 0;
  int declined = 0;               // of the answerable
  int answered_unanswerable = 0;  // of the unanswerable

  void add(const QuestionOutcome& outcome);
  double recall_at_1() const;
  double recall_at_5() const;
  double declined_rate() const;
  double answered_unanswerable_rate() const;
  // "n=.. recall@1 .. recall@5 .. answerable declined .. | unanswerable n=.. answered .."
  std::string summary() const;
};

EvalFigures figures_of(const std::vector<QuestionOutcome>& outcomes);

// One row per threshold: recall@1, answerable declined, unanswerable answered, had Len declined
// below it. Markdown, for docs/retrieval.md.
std::string tradeoff_table(const std::vector<QuestionOutcome>& outcomes,
                           const std::vector<double>& thresholds, double chosen);

// The threshold the model ships with: the lowest that keeps unanswerable questions answered at
// or under `max_unanswerable_answered` on `outcomes` (out-of-fold scores), so as few answerable
// questions as that allows are declined.
double choose_threshold(const std::vector<QuestionOutcome>& outcomes,
                        double max_unanswerable_answered);

}  // namespace lenbot
