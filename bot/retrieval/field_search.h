#pragma once
// Candidate generation over every fact (there are a few hundred): BM25 of the question's word
// groups, with their WordNet and lexicon expansions, over five fields of each fact (the fact,
// its sentence, the sentence with its neighbours, its paragraph, its section's name). Answers
// are often told a sentence away from the words a fan uses, so the wider fields find them.
#include <array>
#include <optional>
#include <vector>

#include "bot/retrieval/field_postings.h"
#include "bot/retrieval/knowledge.h"
#include "bot/retrieval/question.h"

namespace lenbot {

// BM25 per field with binary term frequency (facts hold term sets): each group counts once,
// by its best term in the field, damped by the field's length (k1 = 1.2, b = 0.75). Divided by
// `question_weight` (the sum of group_weight), so 1 is "every word, at full weight".
std::array<double, kFieldCount> field_bm25(const Question& question, const Fact& fact,
                                           const Knowledge& knowledge, double question_weight);

// How much each field counts in the combined candidate score: the fact itself most, wider
// fields less (a word in the paragraph is weaker evidence than one in the sentence).
inline constexpr std::array<double, kFieldCount> kFieldWeights = {1.0, 0.6, 0.4, 0.2, 0.3};

struct FieldCandidate {
  const Fact* fact = nullptr;
  double score = 0.0;  // sum over fields of kFieldWeights x field_bm25
};

// field_bm25 of every fact, indexed by fact id - 1: computed once per question and shared by
// candidate generation and the learned ranker's features. Reads only the facts that hold one of
// the question's terms (Knowledge::field_postings); the figures are field_bm25's to the bit.
using FieldScores = std::vector<std::array<double, kFieldCount>>;
FieldScores field_scores(const Question& question, const Knowledge& knowledge);

// The `limit` facts revealed by `until` with the highest combined score, best first (ties by
// id); facts scoring nothing are left out.
std::vector<FieldCandidate> field_candidates(const FieldScores& scores, const Knowledge& knowledge,
                                             std::optional<StoryPart> until, std::size_t limit);
std::vector<FieldCandidate> field_candidates(const Question& question, const Knowledge& knowledge,
                                             std::optional<StoryPart> until, std::size_t limit);

}  // namespace lenbot
