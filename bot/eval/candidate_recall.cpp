#include "bot/eval/candidate_recall.h"

#include <cstdio>

#include "bot/retrieval/field_search.h"

namespace lenbot {
namespace {

// The place of the first right fact in `facts`, or `facts.size()`.
template <typename List, typename FactOf>
std::size_t first_right(const List& facts, FactOf fact_of, const EvalItem& item,
                        const Knowledge& k) {
  for (std::size_t i = 0; i < facts.size(); ++i) {
    if (fact_answers(*fact_of(facts[i]), item, k)) return i;
  }
  return facts.size();
}

double share(int count, int total) { return total == 0 ? 0.0 : static_cast<double>(count) / total; }

}  // namespace

CandidateRecall candidate_recall(const std::vector<TrainingQuestion>& questions,
                                 const Knowledge& k) {
  CandidateRecall r;
  for (const auto& t : questions) {
    if (!t.item.answerable) continue;
    ++r.questions;
    const std::size_t hand = first_right(
        t.hand, [](const ScoredFact& s) { return s.fact; }, t.item, k);
    const auto fielded = field_candidates(t.question, k, std::nullopt, 20);
    const std::size_t field = first_right(
        fielded, [](const FieldCandidate& c) { return c.fact; }, t.item, k);
    r.hand_at_5 += hand < 5 ? 1 : 0;
    r.hand_at_20 += hand < 20 ? 1 : 0;
    r.field_at_5 += field < 5 ? 1 : 0;
    r.field_at_20 += field < 20 ? 1 : 0;
    r.either_at_20 += hand < 20 || field < 20 ? 1 : 0;
  }
  return r;
}

std::string CandidateRecall::summary() const {
  char text[256];
  std::snprintf(text, sizeof text,
                "candidates (answerable %d): hand r@5 %.3f r@20 %.3f | fields r@5 %.3f r@20 %.3f | "
                "either@20 %.3f",
                questions, share(hand_at_5, questions), share(hand_at_20, questions),
                share(field_at_5, questions), share(field_at_20, questions),
                share(either_at_20, questions));
  return text;
}

}  // namespace lenbot
