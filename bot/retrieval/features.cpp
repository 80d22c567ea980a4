#include "bot/retrieval/features.h"

#include <algorithm>
#include <cmath>

#include "bot/retrieval/field_search.h"

namespace lenbot {
namespace {

double type_match(const Fact& f, const Question& q) {
  switch (q.type) {
    case QuestionType::kWhy:
    case QuestionType::kWhen:
    case QuestionType::kWho:
    case QuestionType::kWhere:
      return has_what_type_asks(f, q) ? 1.0 : -1.0;
    default:
      return 0.0;
  }
}

int people_missing(const Fact& f, const Question& q, const Knowledge& k) {
  int missing = 0;
  for (const auto& person : q.people) {
    if (person == "len") continue;
    const auto it = k.people.find(person);
    const int id = it == k.people.end() ? -1 : it->second.term_id;
    const auto has = [id](const std::vector<int>& ids) {
      return id >= 0 && std::binary_search(ids.begin(), ids.end(), id);
    };
    if (!has(f.term_ids) && !has(f.section_term_ids) && !has(f.paragraph_term_ids)) ++missing;
  }
  return missing;
}

double story_order(const Fact& f, const Question& q) {
  if (f.part == StoryPart::kNone) return 0.0;
  const auto has = [&](std::string_view word) {
    return std::find(q.words.begin(), q.words.end(), word) != q.words.end();
  };
  if (has("final") || has("finally") || has("last") || has("ending") || has("end")) {
    return f.part == StoryPart::kPart4 ? 1.0 : 0.0;
  }
  if (has("first") || has("originally") || has("beginning") || has("start")) {
    return f.part <= StoryPart::kPart1 ? 1.0 : 0.0;
  }
  return 0.0;
}

// The hand ranker's share for the fact `step` away in the same section, 0 when unranked.
double neighbour_share(const CandidateContext& c, const Fact& f, int step) {
  const Fact* n = c.knowledge.fact(f.id + step);
  if (n == nullptr || n->section != f.section || c.hand_shares == nullptr) return 0.0;
  const auto it = c.hand_shares->find(n->id);
  return it == c.hand_shares->end() ? 0.0 : it->second;
}

bool asks_any(const Question& q, std::initializer_list<std::string_view> words) {
  for (const auto& w : q.words) {
    for (auto word : words) {
      if (w == word) return true;
    }
  }
  return false;
}

// Coreference's people of the fact against the question's.
std::array<double, 3> about_people(const Fact& f, const Question& q) {
  const auto about = [&f](const std::string& person) {
    return std::binary_search(f.persons.begin(), f.persons.end(), person);
  };
  int named = 0, met = 0;
  for (const auto& person : q.people) {
    if (person == "len") continue;
    ++named;
    met += about(person) ? 1 : 0;
  }
  const bool len = about("len");
  return {named == 0 ? 0.0 : static_cast<double>(met) / named, q.to_len && len ? 1.0 : 0.0,
          q.to_len && !len && !f.persons.empty() ? 1.0 : 0.0};
}

// Per group, whether `ids` (sorted) hold one of its terms.
std::vector<bool> groups_in(const std::vector<int>& ids, const Question& q) {
  std::vector<bool> found(q.groups.size(), false);
  for (std::size_t i = 0; i < q.groups.size(); ++i) {
    const auto& terms = q.groups[i].terms;
    found[i] = std::any_of(terms.begin(), terms.end(), [&ids](const QueryTerm& t) {
      return t.id >= 0 && std::binary_search(ids.begin(), ids.end(), t.id);
    });
  }
  return found;
}

// Share of the weight of the groups `which` picks that hold a term where `found` (groups_in)
// says.
template <typename Pick>
double share_in(const std::vector<bool>& found, const Question& q, const Knowledge& k, Pick which) {
  double total = 0.0, held = 0.0;
  for (std::size_t i = 0; i < q.groups.size(); ++i) {
    const auto& g = q.groups[i];
    if (!which(g)) continue;
    const double w = group_weight(g, k);
    total += w;
    held += found[i] ? w : 0.0;
  }
  return total > 0.0 ? held / total : 0.0;
}

// The scene-setting share of the fact `step` away in the same section.
double scene_next_to(const Fact& f, int step, const Question& q, const Knowledge& k) {
  const Fact* n = k.fact(f.id + step);
  if (n == nullptr || n->section != f.section) return 0.0;
  return share_in(groups_in(n->term_ids, q), q, k, [](const TermGroup& g) { return g.setting; });
}

}  // namespace

std::vector<double> fact_features(const CandidateContext& c, const ScoredFact& s,
                                  std::size_t hand_rank, double past_similarity, int past_asked) {
  const Fact& f = *s.fact;
  const Question& q = c.question;
  const Knowledge& k = c.knowledge;
  const double groups = std::max<double>(1.0, static_cast<double>(q.groups.size()));
  // The fact's own words are read once for direct_share, content_share and scene_share.
  const std::vector<bool> in_fact = groups_in(f.term_ids, q);
  const auto direct = std::count(in_fact.begin(), in_fact.end(), true);
  const double total = std::max(1e-9, c.question_weight);
  const double prev = neighbour_share(c, f, -1);
  const double next = neighbour_share(c, f, +1);
  const bool after = asks_any(q, {"after", "afterwards", "then", "next", "later", "since"});
  const bool before = asks_any(q, {"before", "earlier", "prior"});
  const auto fields = c.field_scores != nullptr
                          ? (*c.field_scores)[static_cast<std::size_t>(f.id - 1)]
                          : field_bm25(q, f, k, total);
  double field_rank = 0.0;
  if (c.field_ranks != nullptr) {
    const auto it = c.field_ranks->find(f.id);
    if (it != c.field_ranks->end()) field_rank = 1.0 / (1.0 + static_cast<double>(it->second));
  }
  const auto about = about_people(f, q);
  return {
      std::log1p(std::max(0.0, s.score)),
      c.best_hand_score > 0.0 ? s.score / c.best_hand_score : 0.0,
      1.0 / (1.0 + static_cast<double>(hand_rank)),
      s.coverage,
      static_cast<double>(direct) / groups,
      fields[0],
      fields[1],
      fields[2],
      fields[3],
      fields[4],
      field_rank,
      type_match(f, q),
      static_cast<double>(people_missing(f, q, k)),
      story_order(f, q),
      f.profile ? 1.0 : 0.0,
      f.cites.empty() && !f.profile ? 1.0 : 0.0,
      static_cast<double>(f.id) / static_cast<double>(std::max<std::size_t>(1, k.facts.size())),
      past_similarity,
      std::log1p(static_cast<double>(past_asked)),
      prev,
      next,
      after ? prev : 0.0,
      before ? next : 0.0,
      about[0],
      about[1],
      about[2],
      share_in(in_fact, q, k, [](const TermGroup& g) { return !g.setting && g.person_id < 0; }),
      share_in(in_fact, q, k, [](const TermGroup& g) { return g.setting; }),
      after ? scene_next_to(f, -1, q, k) : 0.0,
      before ? scene_next_to(f, +1, q, k) : 0.0,
      0.0,
      0.0,
      0.0,
      0.0,
      0.0,
      0.0,  // fill_gaps
  };
}

void fill_gaps(std::vector<std::vector<double>*>& rows) {
  const auto index = [](std::string_view name) {
    return static_cast<std::size_t>(
        std::find(kFactFeatureNames.begin(), kFactFeatureNames.end(), name) -
        kFactFeatureNames.begin());
  };
  for (std::size_t i = 0; i < kGapOf.size(); ++i) {
    const std::size_t from = index(kGapOf[i]);
    const std::size_t to = kFactFeatureNames.size() - kGapOf.size() + i;
    double best = 0.0;
    for (const auto* row : rows) best = std::max(best, (*row)[from]);
    for (auto* row : rows) (*row)[to] = (*row)[from] - best;
  }
}

}  // namespace lenbot
