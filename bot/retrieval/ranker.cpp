#include "bot/retrieval/ranker.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>


namespace lenbot {
namespace {

constexpr double kContextShare = 0.35;     // a word found only next door
constexpr double kSectionShare = 0.5;      // a word found only in the section's name
constexpr double kTypeBoost = 0.25;        // the fact has what the question type asks for
constexpr double kMissingPersonFactor = 0.7;  // the fact is not about a person the fan named
constexpr double kRelationBoost = 0.6;     // the relationship section of the person asked about
constexpr double kUncitedFactor = 0.9;     // summaries restate what cited facts say
constexpr double kLengthShare = 0.15;      // long facts match words by chance

// The group's best term present in `ids` (sorted term ids), weight x idf; 0 when none is.
double best_in(const TermGroup& group, const std::vector<int>& ids, const Knowledge& k) {
  double best = 0.0;
  for (const auto& t : group.terms) {
    if (t.id >= 0 && std::binary_search(ids.begin(), ids.end(), t.id)) {
      best = std::max(best, t.weight * k.idf(t.id));
    }
  }
  return best;
}

bool has_id(const std::vector<int>& ids, int id) {
  return id >= 0 && std::binary_search(ids.begin(), ids.end(), id);
}

bool mentions_other_person(const Fact& f, const Question& q) {
  for (const auto& word : f.people) {
    if (word != "len" && std::find(q.people.begin(), q.people.end(), word) == q.people.end()) {
      return true;
    }
  }
  return false;
}

int person_term(const std::string& word, const Knowledge& k) {
  const auto it = k.people.find(word);
  return it == k.people.end() ? -1 : it->second.term_id;
}

double type_factor(const Fact& f, const Question& q, const Knowledge& k) {
  switch (q.type) {
    case QuestionType::kWhy:
      return f.gives_reason ? 1.0 + kTypeBoost : 1.0;
    case QuestionType::kWhen:
      return f.says_when ? 1.0 + kTypeBoost : 1.0;
    case QuestionType::kWho:
      return mentions_other_person(f, q) ? 1.0 + kTypeBoost : 1.0;
    case QuestionType::kWhere:
      return f.names_place ? 1.0 + kTypeBoost : 1.0;
    case QuestionType::kRelation: {
      for (const auto& person : q.people) {
        if (has_id(f.section_term_ids, person_term(person, k))) {
          const Fact* previous = k.fact(f.id - 1);
          const bool opens_section = previous == nullptr || previous->section != f.section;
          return 1.0 + kRelationBoost + (opens_section ? kTypeBoost : 0.0);
        }
      }
      return 1.0;
    }
    default:
      return 1.0;
  }
}

// A fact about someone the fan named, or in a paragraph about them (pronouns carry names
// across sentences), keeps its score; any other is less likely to be what was asked.
double person_factor(const Fact& f, const Question& q, const Knowledge& k) {
  double factor = 1.0;
  for (const auto& person : q.people) {
    if (person == "len") continue;
    const int id = person_term(person, k);
    if (!has_id(f.term_ids, id) && !has_id(f.section_term_ids, id) &&
        !has_id(f.paragraph_term_ids, id)) {
      factor *= kMissingPersonFactor;
    }
  }
  return factor;
}

// "The final hug", "at the end": the latest part of the story; "at first": the earliest.
double story_order_factor(const Fact& f, const Question& q) {
  if (f.part == StoryPart::kNone) return 1.0;
  const auto has = [&](std::string_view word) {
    return std::find(q.words.begin(), q.words.end(), word) != q.words.end();
  };
  if (has("final") || has("finally") || has("last") || has("ending") || has("end")) {
    return f.part == StoryPart::kPart4 ? 1.0 + kTypeBoost : 1.0;
  }
  if (has("first") || has("originally") || has("beginning") || has("start")) {
    return f.part <= StoryPart::kPart1 ? 1.0 + kTypeBoost : 1.0;
  }
  return 1.0;
}

}  // namespace

double group_weight(const TermGroup& group, const Knowledge& k) {
  double best = 0.0;
  bool any_known = false;
  for (const auto& t : group.terms) {
    const double idf = k.idf(t.id);
    if (idf > 0.0) any_known = true;
    best = std::max(best, t.weight * idf);
  }
  return any_known ? best : k.unknown_idf();
}

std::vector<ScoredFact> rank_facts(const Question& q, const std::vector<FtsHit>& hits,
                                   const Knowledge& k, std::optional<StoryPart> until) {
  double total = 0.0;
  for (const auto& g : q.groups) total += group_weight(g, k);
  std::vector<ScoredFact> ranked;
  if (total <= 0.0) return ranked;
  for (const auto& hit : hits) {
    const Fact* f = k.fact(hit.id);
    if (f == nullptr) continue;
    if (until && static_cast<int>(f->revealed) > static_cast<int>(*until)) continue;
    const Fact* before = k.neighbour(f->id, -1);
    const Fact* after = k.neighbour(f->id, +1);
    ScoredFact s{f, 0.0, 0.0, std::vector<bool>(q.groups.size(), false)};
    double own = 0.0;
    double borrowed = 0.0;
    for (std::size_t i = 0; i < q.groups.size(); ++i) {
      const auto& g = q.groups[i];
      const double direct = best_in(g, f->term_ids, k);
      if (direct > 0.0) {
        own += direct;
        s.matched[i] = true;
        continue;
      }
      double context = 0.0;
      if (before != nullptr) context = std::max(context, best_in(g, before->term_ids, k));
      if (after != nullptr) context = std::max(context, best_in(g, after->term_ids, k));
      const double section = best_in(g, f->section_term_ids, k);
      const double extra = std::max(context * kContextShare, section * kSectionShare);
      if (extra > 0.0) {
        borrowed += extra;
        s.matched[i] = true;
      }
    }
    if (own <= 0.0) continue;
    const double length = static_cast<double>(f->terms.size()) / k.average_terms();
    double score = (own + borrowed) / (1.0 - kLengthShare + kLengthShare * length);
    score *= type_factor(*f, q, k) * person_factor(*f, q, k) * story_order_factor(*f, q);
    if (f->cites.empty() && !f->profile) score *= kUncitedFactor;
    s.score = score;
    s.coverage = std::min(1.0, (own + borrowed) / total);
    ranked.push_back(std::move(s));
  }
  std::sort(ranked.begin(), ranked.end(), [](const ScoredFact& a, const ScoredFact& b) {
    return a.score != b.score ? a.score > b.score : a.fact->id < b.fact->id;
  });
  return ranked;
}

}  // namespace lenbot
