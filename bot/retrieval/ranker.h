#pragma once
// Scores candidate facts for a question: each content word counts once, by its best term in
// the fact (weight x idf), a little for its neighbours or its section; then the question's type
// and the people it names rerank. Coverage is the share of the question's weight a fact answers.
#include <optional>
#include <vector>

#include "bot/retrieval/fts_matcher.h"
#include "bot/retrieval/knowledge.h"
#include "bot/retrieval/question.h"

namespace lenbot {

struct ScoredFact {
  const Fact* fact = nullptr;
  double score = 0.0;
  double coverage = 0.0;             // 0..1: how much of the question the fact itself answers
  std::vector<bool> matched;         // per question group, matched by the fact or its context
};

// Best first. Facts not revealed by `until` are left out.
std::vector<ScoredFact> rank_facts(const Question& question, const std::vector<FtsHit>& hits,
                                   const Knowledge& knowledge, std::optional<StoryPart> until);

// The weight a question's group can contribute at most (its best term's weight x idf; a word
// the corpus never uses counts as the rarest word, so asking about it lowers coverage).
double group_weight(const TermGroup& group, const Knowledge& knowledge);

}  // namespace lenbot
