#include "bot/retrieval/past_questions.h"

#include <algorithm>

namespace lenbot {
namespace {

// A word no fact uses still says a lot when two fans both use it ("weed", "pasttime").
double term_idf(const QueryTerm& t, const Knowledge& k) {
  return t.id >= 0 ? k.idf(t.id) : k.unknown_idf();
}

}  // namespace

void PastQuestions::add(int owner, const Question& question, std::vector<int> facts) {
  PastQuestion entry{owner, std::move(facts), {}};
  for (const auto& g : question.groups) {
    for (const auto& t : g.terms) {
      if (t.weight >= kStoredWeight &&
          std::find(entry.stems.begin(), entry.stems.end(), t.term) == entry.stems.end()) {
        entry.stems.push_back(t.term);
      }
    }
  }
  add(std::move(entry));
}

void PastQuestions::add(PastQuestion entry) {
  const int index = static_cast<int>(entries_.size());
  for (const auto& stem : entry.stems) postings_[stem].push_back(index);
  for (int fact : entry.facts) by_fact_[fact].push_back(index);
  entries_.push_back(std::move(entry));
}

PastSimilarity PastQuestions::similarity(const Question& question, const Knowledge& knowledge,
                                         const std::function<bool(int)>& hidden) const {
  PastSimilarity by_fact;
  double total = 0.0;
  std::unordered_map<int, double> by_entry;
  for (const auto& g : question.groups) {
    if (g.terms.empty()) continue;
    total += g.terms.front().weight * term_idf(g.terms.front(), knowledge);
    // Each group counts once per entry, by its best term there.
    std::unordered_map<int, double> best;
    for (const auto& t : g.terms) {
      const auto it = postings_.find(t.term);
      if (it == postings_.end()) continue;
      const double value = t.weight * term_idf(t, knowledge);
      for (int e : it->second) best[e] = std::max(best[e], value);
    }
    for (const auto& [e, value] : best) by_entry[e] += value;
  }
  if (total <= 0.0) return by_fact;
  for (const auto& [e, value] : by_entry) {
    const PastQuestion& entry = entries_[static_cast<std::size_t>(e)];
    if (hidden && hidden(entry.owner)) continue;
    const double share = std::min(1.0, value / total);
    for (int fact : entry.facts) by_fact[fact] = std::max(by_fact[fact], share);
  }
  return by_fact;
}

int PastQuestions::asked(int fact_id, const std::function<bool(int)>& hidden) const {
  const auto it = by_fact_.find(fact_id);
  if (it == by_fact_.end()) return 0;
  int count = 0;
  for (int e : it->second) {
    count += hidden && hidden(entries_[static_cast<std::size_t>(e)].owner) ? 0 : 1;
  }
  return count;
}

nlohmann::json to_json(const PastQuestions& past) {
  nlohmann::json entries = nlohmann::json::array();
  for (const auto& e : past.entries()) {
    entries.push_back({{"facts", e.facts}, {"stems", e.stems}});
  }
  return entries;
}

PastQuestions past_questions_from_json(const nlohmann::json& json) {
  PastQuestions past;
  for (const auto& e : json) {
    past.add(PastQuestion{-1, e.at("facts").get<std::vector<int>>(),
                          e.at("stems").get<std::vector<std::string>>()});
  }
  return past;
}

}  // namespace lenbot
