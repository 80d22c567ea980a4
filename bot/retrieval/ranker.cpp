#include "bot/retrieval/ranker.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

#include "bot/index/porter_stemmer.h"

namespace lenbot {
namespace {

constexpr double kContextShare = 0.35;     // a word found only next door
constexpr double kSectionShare = 0.5;      // a word found only in the section's name
constexpr double kTypeBoost = 0.25;        // the fact has what the question type asks for
constexpr double kMissingPersonFactor = 0.7;  // the fact is not about a person the fan named
constexpr double kRelationBoost = 0.6;     // the relationship section of the person asked about
constexpr double kUncitedFactor = 0.9;     // summaries restate what cited facts say
constexpr double kBm25Share = 0.04;        // FTS5's own opinion, as a tie-breaker
constexpr double kLengthShare = 0.15;      // long facts match words by chance

// Words that give a reason, a time, or mark purpose; what "why" and "when" questions want.
constexpr std::array<std::string_view, 22> kReasonCues = {
    "because", "due to", "in order to", "to cope", "as a result", "believing", "wishing",
    "in response", "causing", "as a means", "as a trophy", "to forget", "so that", "leading",
    "in part", "since", "thus", "only for", "after", "to take his mind", "retained from",
    "to eat"};
constexpr std::array<std::string_view, 22> kTimeCues = {
    "december", "january", "valentine", "season", " day", "night", "christmas", "winter",
    "year", "month", "later", "after", "before", "soon", "first", "last", "once", "during",
    "until", "when", "then", "time"};

bool has_any(const std::string& lowercase_text, auto cues) {
  for (auto cue : cues) {
    if (lowercase_text.find(cue) != std::string::npos) return true;
  }
  return false;
}

std::string lowercase(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

double best_in(const TermGroup& group, const std::unordered_set<std::string>& terms,
               const Knowledge& k) {
  double best = 0.0;
  for (const auto& t : group.terms) {
    if (terms.contains(t.term)) best = std::max(best, t.weight * k.idf(t.term));
  }
  return best;
}

bool mentions_other_person(const Fact& f, const Question& q, const Knowledge& k) {
  for (const auto& [word, person] : k.people) {
    if (word == "len" || std::find(q.people.begin(), q.people.end(), word) != q.people.end()) {
      continue;
    }
    if (f.terms.contains(porter_stem(word))) return true;
  }
  return false;
}

bool mentions_place(const Fact& f, const Knowledge& k) {
  for (const auto& [word, place] : k.places) {
    if (f.terms.contains(porter_stem(word))) return true;
  }
  return false;
}

double type_factor(const Fact& f, const Question& q, const Knowledge& k) {
  const std::string text = lowercase(f.text);
  switch (q.type) {
    case QuestionType::kWhy:
      return has_any(text, kReasonCues) ? 1.0 + kTypeBoost : 1.0;
    case QuestionType::kWhen:
      return has_any(text, kTimeCues) ? 1.0 + kTypeBoost : 1.0;
    case QuestionType::kWho:
      return mentions_other_person(f, q, k) ? 1.0 + kTypeBoost : 1.0;
    case QuestionType::kWhere:
      return mentions_place(f, k) ? 1.0 + kTypeBoost : 1.0;
    case QuestionType::kRelation: {
      for (const auto& person : q.people) {
        if (f.section_terms.contains(porter_stem(person))) {
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
  const auto& paragraph = k.paragraph_terms(f);
  for (const auto& person : q.people) {
    if (person == "len") continue;
    const std::string stem = porter_stem(person);
    if (!f.terms.contains(stem) && !f.section_terms.contains(stem) && !paragraph.contains(stem)) {
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
    const double idf = k.idf(t.term);
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
      const double direct = best_in(g, f->terms, k);
      if (direct > 0.0) {
        own += direct;
        s.matched[i] = true;
        continue;
      }
      double context = 0.0;
      if (before != nullptr) context = std::max(context, best_in(g, before->terms, k));
      if (after != nullptr) context = std::max(context, best_in(g, after->terms, k));
      const double section = best_in(g, f->section_terms, k);
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
    score += kBm25Share * -hit.bm25;
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
