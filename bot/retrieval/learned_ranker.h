#pragma once
// The learned ranker: the hand ranker's candidates, the best by BM25 over the facts' wider
// fields, and the facts past fan questions point at,
// rescored by a logistic model over named features (features.h), and a second logistic model
// turning the first fact's features into the probability that it is right. Both are fitted by
// `lenbot train` (bot/eval/training.h) and shipped in corpus/ranker_model.json.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "bot/retrieval/features.h"
#include "bot/retrieval/logistic.h"
#include "bot/retrieval/past_questions.h"

namespace lenbot {

struct RankerModel {
  LogisticModel ranker;      // over kFactFeatureNames
  LogisticModel confidence;  // over kConfidenceFeatureNames
  double threshold = 0.5;    // below this calibrated probability Len declines
  PastQuestions past;
};

// The model file: feature names, both models, the threshold and the past questions per fact.
// Throws std::runtime_error naming the file when it is unreadable, malformed, or its feature
// names differ from this build's.
RankerModel load_ranker_model(const std::string& path);
void save_ranker_model(const RankerModel& model, const std::string& path);

struct Candidate {
  ScoredFact scored;             // as the hand ranker saw it (zero score when it did not)
  std::vector<double> features;  // kFactFeatureNames
  double logit = 0.0;            // the learned ranker's score
};

// How many of the hand ranker's best facts, and of the facts past questions point at most
// strongly, form the pool the learned ranker orders.
inline constexpr std::size_t kHandPool = 40;
inline constexpr std::size_t kPastPool = 10;
inline constexpr std::size_t kFieldPool = 30;      // best by field_candidates (field_search.h)
inline constexpr std::size_t kNeighbourPool = 15;  // whose neighbours join the pool

// The pool for `question` (hand-ranked best first in `hand`), features filled. `similar` is
// past.similarity(question, knowledge, hidden), computed once by the caller, who shares it with
// confidence_features; past questions whose owner `hidden` says is hidden count for nothing.
// Facts not revealed by `until` are left out. Unscored: see score_pool.
std::vector<Candidate> candidate_pool(const Question& question, const std::vector<ScoredFact>& hand,
                                      const Knowledge& knowledge, const PastQuestions& past,
                                      const PastSimilarity& similar, std::optional<StoryPart> until,
                                      const std::function<bool(int)>& hidden = {});
// Scores and sorts the pool, best first (ties by fact id).
void score_pool(std::vector<Candidate>& pool, const LogisticModel& ranker);
// The confidence model's features of a scored pool's first fact, given the similarity the pool
// was built with.
std::vector<double> confidence_features(const Question& question,
                                        const std::vector<Candidate>& pool,
                                        const std::vector<ScoredFact>& hand,
                                        const Knowledge& knowledge, const PastSimilarity& similar);

// `hand` reordered by `model`, each fact's score its probability of answering; the first
// fact's `calibrated` set to the confidence model's estimate.
std::vector<ScoredFact> learned_rank(const Question& question, const std::vector<ScoredFact>& hand,
                                     const Knowledge& knowledge, const RankerModel& model,
                                     std::optional<StoryPart> until);

}  // namespace lenbot
