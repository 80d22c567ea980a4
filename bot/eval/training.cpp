#include "bot/eval/training.h"

#include <set>

#include "bot/chat/answer_plan.h"

namespace lenbot {
namespace {

// A question whose gold is "[1]" is answered by every uncited intro and infobox line; its
// phrasing is attached to the ones among its hand-ranked candidates rather than to all.
constexpr std::size_t kMaxAttached = 6;

PastQuestions past_from(const std::vector<TrainingQuestion>& questions,
                        const std::vector<std::size_t>& members) {
  PastQuestions past;
  for (std::size_t i : members) {
    const auto& t = questions[i];
    if (t.question.groups.empty()) continue;
    if (!t.item.answerable) {
      past.add(static_cast<int>(i), t.question, {kNoFact});
    } else if (!t.gold_facts.empty()) {
      past.add(static_cast<int>(i), t.question, t.gold_facts);
    }
  }
  return past;
}

void ablate(std::vector<double>& features, const TrainingOptions& options) {
  for (std::size_t j : options.ablate) {
    if (j < features.size()) features[j] = 0.0;
  }
}

// From every answerable question whose pool holds a right fact: pairs of a right and a wrong
// candidate (or, pointwise, every candidate labelled by whether it answers). The question's own
// past question is hidden from it.
LogisticModel fit_ranker(const std::vector<TrainingQuestion>& questions,
                         const std::vector<std::size_t>& members, const PastQuestions& past,
                         const Knowledge& k, const TrainingOptions& options) {
  std::vector<std::vector<double>> rows;
  std::vector<int> labels;
  for (std::size_t i : members) {
    const auto& t = questions[i];
    if (!t.item.answerable) continue;
    const int owner = static_cast<int>(i);
    const auto hidden = [owner](int o) { return o == owner; };
    auto pool = candidate_pool(t.question, t.hand, k, past, past.similarity(t.question, k, hidden),
                               std::nullopt, hidden);
    std::vector<int> pool_labels;
    for (const auto& c : pool) pool_labels.push_back(fact_answers(*c.scored.fact, t.item, k));
    if (std::find(pool_labels.begin(), pool_labels.end(), 1) == pool_labels.end()) continue;
    for (auto& c : pool) ablate(c.features, options);
    if (!options.pairwise) {
      for (std::size_t c = 0; c < pool.size(); ++c) {
        rows.push_back(std::move(pool[c].features));
        labels.push_back(pool_labels[c]);
      }
      continue;
    }
    // Pairwise: which of a right and a wrong fact of one question is the right one, each pair
    // both ways round so the model has no bias; only differences within a question count.
    for (std::size_t a = 0; a < pool.size(); ++a) {
      if (pool_labels[a] != 1) continue;
      for (std::size_t b = 0; b < pool.size(); ++b) {
        if (pool_labels[b] == 1) continue;
        std::vector<double> diff(pool[a].features.size());
        for (std::size_t j = 0; j < diff.size(); ++j) {
          diff[j] = pool[a].features[j] - pool[b].features[j];
        }
        rows.push_back(diff);
        labels.push_back(1);
        for (double& d : diff) d = -d;
        rows.push_back(std::move(diff));
        labels.push_back(0);
      }
    }
  }
  return fit_logistic(rows, labels, options.ranker_c);
}

// The first fact's confidence features under `ranker` and `past`, and whether it is right.
std::pair<std::vector<double>, bool> top_of(const TrainingQuestion& t, const LogisticModel& ranker,
                                            const PastQuestions& past, const Knowledge& k,
                                            const TrainingOptions& options) {
  // Held-out questions: the past questions are the other folds', none of them its own.
  const PastSimilarity similar = past.similarity(t.question, k);
  auto pool = candidate_pool(t.question, t.hand, k, past, similar, std::nullopt);
  for (auto& c : pool) ablate(c.features, options);
  score_pool(pool, ranker);
  const bool right =
      !pool.empty() &&
      fact_answers(answering_clause(t.question, *pool.front().scored.fact, k), t.item, k);
  return {confidence_features(t.question, pool, t.hand, k, similar), right};
}

}  // namespace

std::vector<TrainingQuestion> prepare_training(const std::vector<EvalItem>& items,
                                               const Knowledge& k, Retriever& hand, int folds) {
  std::vector<TrainingQuestion> questions;
  for (const auto& item : items) {
    TrainingQuestion t{item, fold_of(item, folds), analyse_question(item.question, k), {}, {}};
    if (!t.question.groups.empty()) t.hand = hand.rank_by_hand(t.question, std::nullopt);
    for (const auto& f : k.facts) {
      if (fact_answers(f, item, k)) t.gold_facts.push_back(f.id);
    }
    if (t.gold_facts.size() > kMaxAttached) {
      std::vector<int> ranked;
      for (std::size_t i = 0; i < t.hand.size() && i < kHandPool; ++i) {
        if (fact_answers(*t.hand[i].fact, item, k)) ranked.push_back(t.hand[i].fact->id);
      }
      if (!ranked.empty()) t.gold_facts = std::move(ranked);
    }
    questions.push_back(std::move(t));
  }
  return questions;
}

RankerModel fit_model(const std::vector<TrainingQuestion>& questions,
                      const std::vector<std::size_t>& members, const Knowledge& k,
                      const TrainingOptions& options) {
  RankerModel model;
  model.past = past_from(questions, members);
  model.ranker = fit_ranker(questions, members, model.past, k, options);
  // The confidence model learns from scores the ranker gives questions it was not fitted on:
  // an inner cross-validation over the members' own folds.
  std::set<int> folds;
  for (std::size_t i : members) folds.insert(questions[i].fold);
  std::vector<std::vector<double>> rows;
  std::vector<int> labels;
  std::vector<QuestionOutcome> outcomes;
  for (int fold : folds) {
    std::vector<std::size_t> inner;
    for (std::size_t i : members) {
      if (questions[i].fold != fold) inner.push_back(i);
    }
    const PastQuestions past = past_from(questions, inner);
    const LogisticModel ranker = fit_ranker(questions, inner, past, k, options);
    for (std::size_t i : members) {
      if (questions[i].fold != fold) continue;
      auto [features, right] = top_of(questions[i], ranker, past, k, options);
      rows.push_back(std::move(features));
      labels.push_back(questions[i].item.answerable && (right || !options.confidence_right) ? 1
                                                                                            : 0);
      QuestionOutcome o;
      o.answerable = questions[i].item.answerable;
      o.top_right = o.answerable && right;
      outcomes.push_back(o);
    }
  }
  model.confidence = fit_logistic(rows, labels, options.confidence_c);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    outcomes[i].confidence = model.confidence.probability(rows[i]);
  }
  model.threshold = choose_threshold(outcomes, options.max_unanswerable_answered);
  return model;
}

std::vector<QuestionOutcome> cross_validate(const std::vector<TrainingQuestion>& questions,
                                            const Knowledge& k, const std::string& index_path,
                                            const TrainingOptions& options) {
  std::vector<QuestionOutcome> outcomes(questions.size());
  for (int fold = 0; fold < options.folds; ++fold) {
    std::vector<std::size_t> members;
    for (std::size_t i = 0; i < questions.size(); ++i) {
      if (questions[i].fold != fold) members.push_back(i);
    }
    const RankerModel model = fit_model(questions, members, k, options);
    Retriever retriever(k, index_path, {}, &model);
    AnswerPlanner planner(k, retriever);
    for (std::size_t i = 0; i < questions.size(); ++i) {
      if (questions[i].fold == fold) {
        outcomes[i] = evaluate_question(questions[i].item, planner, retriever, k);
        const Question& q = questions[i].question;
        for (const auto& c : candidate_pool(q, questions[i].hand, k, model.past,
                                            model.past.similarity(q, k), std::nullopt)) {
          outcomes[i].in_pool =
              outcomes[i].in_pool || fact_answers(*c.scored.fact, questions[i].item, k);
        }
      }
    }
  }
  return outcomes;
}

}  // namespace lenbot
