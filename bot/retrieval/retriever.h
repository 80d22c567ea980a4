#pragma once
// Finds what answers a question: up to two facts, or Len's own quote, with a calibrated
// confidence. Below the threshold there is no answer, only two topics Len does know about.
#include <optional>
#include <string>
#include <vector>

#include "bot/retrieval/fts_matcher.h"
#include "bot/retrieval/knowledge.h"
#include "bot/retrieval/learned_ranker.h"
#include "bot/retrieval/question.h"
#include "bot/retrieval/ranker.h"

namespace lenbot {

// Below this hand-ranker confidence Len says he doesn't know when no learned model is loaded
// (the model carries its own threshold). Set on the dev questions and the unanswerable set.
inline constexpr double kConfidenceThreshold = 0.33;

struct FactAnswer {
  std::vector<const Fact*> facts;  // best first; one or two
  double confidence = 0.0;
};

struct QuoteAnswer {
  const QuoteRecord* quote = nullptr;
  double confidence = 0.0;
};

class Retriever {
 public:
  // `model` (may be null: the hand ranker alone) must outlive the retriever.
  Retriever(const Knowledge& knowledge, const std::string& index_path, RankingWeights weights = {},
            const RankerModel* model = nullptr);

  // Ranked facts revealed by `until`, best first: what the answer and the suggestions are
  // chosen from. Rank once per question and hand the result to both. The learned model's
  // order when one is loaded.
  std::vector<ScoredFact> rank(const Question& question, std::optional<StoryPart> until);
  // The hand ranker's order (the learned ranker's candidates and features come from it).
  std::vector<ScoredFact> rank_by_hand(const Question& question, std::optional<StoryPart> until);
  // The confidence below which Len declines.
  double threshold() const;
  // The answer from `ranked`; nullopt when nothing clears the confidence threshold.
  std::optional<FactAnswer> find_facts(const std::vector<ScoredFact>& ranked) const;
  // For questions about what Len said: the quote that fits, or nullopt.
  std::optional<QuoteAnswer> find_quote(const Question& question, std::optional<StoryPart> until);
  // Two topics Len knows about, revealed by `until`, nearest the best of `ranked` first.
  std::vector<std::string> suggestions(const std::vector<ScoredFact>& ranked,
                                       std::optional<StoryPart> until, std::uint64_t seed) const;

 private:
  const Knowledge& knowledge_;
  FtsMatcher matcher_;
  RankingWeights weights_;
  const RankerModel* model_;
};

// Confidence of a ranked list's best fact, 0..1: calibrated when the learned ranker ranked it.
double confidence_of(const std::vector<ScoredFact>& ranked);

}  // namespace lenbot
