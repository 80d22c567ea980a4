#include "bot/retrieval/field_search.h"

#include <algorithm>

#include "bot/retrieval/ranker.h"

namespace lenbot {
namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

double bm25(const Question& q, const std::vector<int>& ids, double average, const Knowledge& k) {
  if (ids.empty()) return 0.0;
  const double norm = kK1 * (1.0 - kB + kB * static_cast<double>(ids.size()) / average);
  double score = 0.0;
  for (const auto& g : q.groups) {
    double best = 0.0;
    for (const auto& t : g.terms) {
      if (t.id >= 0 && std::binary_search(ids.begin(), ids.end(), t.id)) {
        best = std::max(best, t.weight * k.idf(t.id));
      }
    }
    score += best * (kK1 + 1.0) / (1.0 + norm);
  }
  return score;
}

}  // namespace

std::array<double, kFieldCount> field_bm25(const Question& q, const Fact& f, const Knowledge& k,
                                           double question_weight) {
  // Typical lengths of each field, relative to a fact's: a sentence holds about two clauses, a
  // window three sentences, a paragraph five; a section's name two words.
  const double a = k.average_terms();
  const double total = std::max(1e-9, question_weight);
  return {bm25(q, f.term_ids, a, k) / total, bm25(q, f.sentence_term_ids, 2.0 * a, k) / total,
          bm25(q, f.window_term_ids, 4.0 * a, k) / total,
          bm25(q, f.paragraph_term_ids, 5.0 * a, k) / total,
          bm25(q, f.section_term_ids, 2.0, k) / total};
}

FieldScores field_scores(const Question& q, const Knowledge& k) {
  FieldScores scores(k.facts.size());
  double weight = 0.0;
  for (const auto& g : q.groups) weight += group_weight(g, k);
  if (weight <= 0.0) return scores;
  for (std::size_t i = 0; i < k.facts.size(); ++i) scores[i] = field_bm25(q, k.facts[i], k, weight);
  return scores;
}

std::vector<FieldCandidate> field_candidates(const FieldScores& scores, const Knowledge& k,
                                             std::optional<StoryPart> until, std::size_t limit) {
  std::vector<FieldCandidate> found;
  for (std::size_t i = 0; i < k.facts.size() && i < scores.size(); ++i) {
    const Fact& f = k.facts[i];
    if (until && static_cast<int>(f.revealed) > static_cast<int>(*until)) continue;
    double score = 0.0;
    for (std::size_t j = 0; j < kFieldCount; ++j) score += kFieldWeights[j] * scores[i][j];
    if (score > 0.0) found.push_back({&f, score});
  }
  const auto better = [](const FieldCandidate& a, const FieldCandidate& b) {
    return a.score != b.score ? a.score > b.score : a.fact->id < b.fact->id;
  };
  if (found.size() > limit) {
    std::partial_sort(found.begin(), found.begin() + static_cast<long>(limit), found.end(), better);
    found.resize(limit);
  } else {
    std::sort(found.begin(), found.end(), better);
  }
  return found;
}

std::vector<FieldCandidate> field_candidates(const Question& q, const Knowledge& k,
                                             std::optional<StoryPart> until, std::size_t limit) {
  return field_candidates(field_scores(q, k), k, until, limit);
}

}  // namespace lenbot
