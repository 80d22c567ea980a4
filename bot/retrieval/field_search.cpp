#include "bot/retrieval/field_search.h"

#include <algorithm>

#include "bot/retrieval/ranker.h"

namespace lenbot {
namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

// Typical lengths of each field, relative to a fact's: a sentence holds about two clauses, a
// window three sentences, a paragraph five; a section's name two words.
std::array<double, kFieldCount> field_averages(const Knowledge& k) {
  const double a = k.average_terms();
  return {a, 2.0 * a, 4.0 * a, 5.0 * a, 2.0};
}

// 1 + BM25's length normalisation of a field holding `length` terms.
double length_norm(std::size_t length, double average) {
  return 1.0 + kK1 * (1.0 - kB + kB * static_cast<double>(length) / average);
}

double bm25(const Question& q, const std::vector<int>& ids, double average, const Knowledge& k) {
  if (ids.empty()) return 0.0;
  const double norm = length_norm(ids.size(), average);
  double score = 0.0;
  for (const auto& g : q.groups) {
    double best = 0.0;
    for (const auto& t : g.terms) {
      if (t.id >= 0 && std::binary_search(ids.begin(), ids.end(), t.id)) {
        best = std::max(best, t.weight * k.idf(t.id));
      }
    }
    score += best * (kK1 + 1.0) / norm;
  }
  return score;
}

// Adds one field's BM25 to `scores` for the facts holding a question term there, group by group
// in the question's order (the sum field_bm25 makes, without its additions of zero). `best`
// holds a zero per fact and is left so.
void add_field(const Question& q, const Knowledge& k, std::size_t field, double average,
               std::vector<double>& best, std::vector<int>& touched, FieldScores& scores) {
  for (const auto& g : q.groups) {
    for (const auto& t : g.terms) {
      if (t.id < 0) continue;
      const double value = t.weight * k.idf(t.id);
      for (int i : k.field_postings.facts_with(static_cast<Field>(field), t.id)) {
        auto& b = best[static_cast<std::size_t>(i)];
        if (value > b) {
          if (b == 0.0) touched.push_back(i);
          b = value;
        }
      }
    }
    for (int i : touched) {
      const auto at = static_cast<std::size_t>(i);
      const auto& ids = field_term_ids(k.facts[at], static_cast<Field>(field));
      scores[at][field] += best[at] * (kK1 + 1.0) / length_norm(ids.size(), average);
      best[at] = 0.0;
    }
    touched.clear();
  }
}

}  // namespace

std::array<double, kFieldCount> field_bm25(const Question& q, const Fact& f, const Knowledge& k,
                                           double question_weight) {
  const auto averages = field_averages(k);
  const double total = std::max(1e-9, question_weight);
  std::array<double, kFieldCount> scores{};
  for (std::size_t j = 0; j < kFieldCount; ++j) {
    scores[j] = bm25(q, field_term_ids(f, static_cast<Field>(j)), averages[j], k) / total;
  }
  return scores;
}

FieldScores field_scores(const Question& q, const Knowledge& k) {
  FieldScores scores(k.facts.size());
  double weight = 0.0;
  for (const auto& g : q.groups) weight += group_weight(g, k);
  if (weight <= 0.0) return scores;
  const auto averages = field_averages(k);
  std::vector<double> best(k.facts.size(), 0.0);
  std::vector<int> touched;
  touched.reserve(k.facts.size());
  for (std::size_t j = 0; j < kFieldCount; ++j) {
    add_field(q, k, j, averages[j], best, touched, scores);
  }
  const double total = std::max(1e-9, weight);
  for (auto& fields : scores) {
    for (auto& s : fields) s /= total;
  }
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
