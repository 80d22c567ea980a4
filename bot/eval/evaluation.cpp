#include "bot/eval/evaluation.h"

#include <algorithm>
#include <cstdio>

namespace lenbot {
namespace {

double rate(int count, int total) { return total == 0 ? 0.0 : static_cast<double>(count) / total; }

bool source_answers(const Source& source, const EvalItem& item) {
  if (item.gold.empty()) return text_answers(source.text, item);
  if (source.cite.empty())
    return std::find(item.gold.begin(), item.gold.end(), 1) != item.gold.end();
  return std::any_of(source.cite.begin(), source.cite.end(), [&](int c) {
    return std::find(item.gold.begin(), item.gold.end(), c) != item.gold.end();
  });
}

bool plan_answers(const AnswerPlan& plan, const EvalItem& item) {
  if (!item.answerable || plan.sources.empty()) return false;
  if (item.gold.empty()) {
    // What Len says: his sentences or the quote.
    std::string said = plan.quote;
    for (const auto& s : plan.sentences) said += " " + s;
    return text_answers(said, item) || source_answers(plan.sources.front(), item);
  }
  return source_answers(plan.sources.front(), item);
}

}  // namespace

QuestionOutcome evaluate_question(const EvalItem& item, const AnswerPlanner& planner,
                                  Retriever& retriever, const Knowledge& k) {
  QuestionOutcome out;
  out.answerable = item.answerable;
  const AnswerPlan plan = planner.plan_question(item.question, std::nullopt);
  out.declined = plan.kind == AnswerPlan::Kind::kDecline;
  out.right_first = plan_answers(plan, item);
  out.confidence = plan.confidence;
  const Question q = analyse_question(item.question, k);
  const auto ranked =
      q.groups.empty() ? std::vector<ScoredFact>{} : retriever.rank(q, std::nullopt);
  for (std::size_t i = 0; i < ranked.size() && i < kCandidatesShown; ++i) {
    out.right_in_top5 = out.right_in_top5 || fact_answers(*ranked[i].fact, item, k);
  }
  if (plan.kind == AnswerPlan::Kind::kQuote) {
    out.top_right = out.right_first;
  } else if (!ranked.empty()) {
    out.top_right = fact_answers(answering_clause(q, *ranked.front().fact, k), item, k);
    out.confidence = confidence_of(ranked);
  }
  return out;
}

void EvalFigures::add(const QuestionOutcome& o) {
  if (o.answerable) {
    ++answerable;
    right_first += o.right_first ? 1 : 0;
    right_in_top5 += o.right_in_top5 ? 1 : 0;
    declined += o.declined ? 1 : 0;
  } else {
    ++unanswerable;
    answered_unanswerable += o.declined ? 0 : 1;
  }
}

double EvalFigures::recall_at_1() const { return rate(right_first, answerable); }
double EvalFigures::recall_at_5() const { return rate(right_in_top5, answerable); }
double EvalFigures::declined_rate() const { return rate(declined, answerable); }
double EvalFigures::answered_unanswerable_rate() const {
  return rate(answered_unanswerable, unanswerable);
}

std::string EvalFigures::summary() const {
  char text[256];
  std::snprintf(text, sizeof text,
                "answerable %d: recall@1 %.3f, recall@5 %.3f, declined %.3f | unanswerable %d: "
                "answered %d (%.3f)",
                answerable, recall_at_1(), recall_at_5(), declined_rate(), unanswerable,
                answered_unanswerable, answered_unanswerable_rate());
  return text;
}

EvalFigures figures_of(const std::vector<QuestionOutcome>& outcomes) {
  EvalFigures figures;
  for (const auto& o : outcomes) figures.add(o);
  return figures;
}

std::string tradeoff_table(const std::vector<QuestionOutcome>& outcomes,
                           const std::vector<double>& thresholds, double chosen) {
  std::string table =
      "| threshold | recall@1 | answerable declined | unanswerable answered |\n|---|---|---|---|\n";
  for (double t : thresholds) {
    int answerable = 0, right = 0, declined = 0, unanswerable = 0, answered = 0;
    for (const auto& o : outcomes) {
      const bool says = o.confidence >= t;
      if (o.answerable) {
        ++answerable;
        right += says && o.top_right ? 1 : 0;
        declined += says ? 0 : 1;
      } else {
        ++unanswerable;
        answered += says ? 1 : 0;
      }
    }
    char row[160];
    std::snprintf(row, sizeof row, "| %s%.2f | %.3f | %.3f | %.3f (%d of %d) |\n",
                  t == chosen ? "**" : "", t, rate(right, answerable), rate(declined, answerable),
                  rate(answered, unanswerable), answered, unanswerable);
    table += row;
  }
  return table;
}

double choose_threshold(const std::vector<QuestionOutcome>& outcomes,
                        double max_unanswerable_answered) {
  int unanswerable = 0;
  for (const auto& o : outcomes) unanswerable += o.answerable ? 0 : 1;
  std::vector<double> scores;
  for (const auto& o : outcomes) {
    if (!o.answerable) scores.push_back(o.confidence);
  }
  std::sort(scores.begin(), scores.end(), std::greater<>());
  // Allow the `allowed` most confident unanswerable questions through; cut just above the next.
  const auto allowed = static_cast<std::size_t>(max_unanswerable_answered * unanswerable);
  if (allowed >= scores.size()) return 0.0;
  const double next = scores[allowed];
  // Halfway to the next score above it, so the cut does not sit on any one question.
  double above = 2.0;
  for (const auto& o : outcomes) {
    if (o.confidence > next) above = std::min(above, o.confidence);
  }
  return above <= 1.0 ? (next + above) / 2.0 : next + 1e-9;
}

}  // namespace lenbot
