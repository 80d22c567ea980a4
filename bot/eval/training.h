#pragma once
// Fits the learned ranker and its confidence model (bot/retrieval/learned_ranker.h) from eval
// items, and cross-validates the whole procedure with folds fixed by id. A question's own text
// never feeds its own features: the past-question field hides it (and, in cross-validation,
// its whole fold), and the confidence model is fitted on out-of-fold ranker scores.
#include <string>
#include <vector>

#include "bot/eval/evaluation.h"
#include "bot/retrieval/learned_ranker.h"
#include "bot/retrieval/retriever.h"

namespace lenbot {

struct TrainingQuestion {
  EvalItem item;
  int fold = 0;
  Question question;
  std::vector<ScoredFact> hand;  // the hand ranker's list
  std::vector<int> gold_facts;   // facts that answer it (what its past question attaches to)
};

struct TrainingOptions {
  int folds = 5;
  double ranker_c = 1.0;
  double confidence_c = 1.0;
  double max_unanswerable_answered = 0.05;  // on out-of-fold scores, when choosing the threshold
  // Feature indices to leave out (set to 0), for ablations.
  std::vector<std::size_t> ablate;
};

std::vector<TrainingQuestion> prepare_training(const std::vector<EvalItem>& items,
                                               const Knowledge& knowledge, Retriever& hand,
                                               int folds);

// The model fitted on `questions[members]`.
RankerModel fit_model(const std::vector<TrainingQuestion>& questions,
                      const std::vector<std::size_t>& members, const Knowledge& knowledge,
                      const TrainingOptions& options);

// Per question, its outcome when its fold was held out (the model fitted on the other folds),
// through the whole answer path (a Retriever and AnswerPlanner over `index_path`).
std::vector<QuestionOutcome> cross_validate(const std::vector<TrainingQuestion>& questions,
                                            const Knowledge& knowledge,
                                            const std::string& index_path,
                                            const TrainingOptions& options);

}  // namespace lenbot
