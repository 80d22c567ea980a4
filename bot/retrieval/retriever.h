#pragma once
// Finds what answers a question: up to two facts, or Len's own quote, with a calibrated
// confidence. Below the threshold there is no answer, only two topics Len does know about.
#include <optional>
#include <string>
#include <vector>

#include "bot/retrieval/fts_matcher.h"
#include "bot/retrieval/knowledge.h"
#include "bot/retrieval/question.h"
#include "bot/retrieval/ranker.h"

namespace lenbot {

// Below this confidence Len says he doesn't know. Calibrated on the dev questions and the
// unanswerable set in tests/data (see docs/retrieval.md).
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
  Retriever(const Knowledge& knowledge, const std::string& index_path, RankingWeights weights = {});

  // nullopt when nothing clears the confidence threshold.
  std::optional<FactAnswer> find_facts(const Question& question, std::optional<StoryPart> until);
  // For questions about what Len said: the quote that fits, or nullopt.
  std::optional<QuoteAnswer> find_quote(const Question& question, std::optional<StoryPart> until);
  // The confidence of the best fact, whether or not it clears the threshold (for tests and
  // the evaluation report).
  double best_confidence(const Question& question, std::optional<StoryPart> until);
  // Two topics Len knows about, revealed by `until`, nearest the question first.
  std::vector<std::string> suggestions(const Question& question, std::optional<StoryPart> until,
                                       std::uint64_t seed);
  // Ranked facts, for evaluation: what the fact answer is chosen from.
  std::vector<ScoredFact> rank(const Question& question, std::optional<StoryPart> until);

 private:
  const Knowledge& knowledge_;
  FtsMatcher matcher_;
  RankingWeights weights_;
};

// Confidence of a ranked list's best fact, 0..1.
double confidence_of(const std::vector<ScoredFact>& ranked);

}  // namespace lenbot
