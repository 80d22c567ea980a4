#include "bot/retrieval/ranker.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

#include "bot/retrieval/clauses.h"
#include "bot/retrieval/group_matcher.h"

namespace lenbot {
namespace {

// One id list's per-group bests (GroupMatcher), read on first use and kept for the fact: most
// groups match the fact itself, so its neighbours' and section's lists are rarely needed.
class LazyBest {
 public:
  LazyBest(const GroupMatcher& matcher, std::vector<double>& buffer)
      : matcher_(matcher), best_(buffer) {}
  void reset(const std::vector<int>* ids) {
    ids_ = ids;
    read_ = false;
  }
  // 0 when there is no list.
  double operator()(std::size_t group) {
    if (ids_ == nullptr) return 0.0;
    if (!read_) {
      matcher_.best_per_group(*ids_, best_);
      read_ = true;
    }
    return best_[group];
  }

 private:
  const GroupMatcher& matcher_;
  std::vector<double>& best_;
  const std::vector<int>* ids_ = nullptr;
  bool read_ = false;
};

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

// The term ids of the people the question names, in its order (-1 for one no fact uses).
std::vector<int> person_terms(const Question& q, const Knowledge& k) {
  std::vector<int> ids;
  ids.reserve(q.people.size());
  for (const auto& person : q.people) ids.push_back(person_term(person, k));
  return ids;
}

// `people`: person_terms(q, k), read once per question rather than per fact.
double type_factor(const Fact& f, const Question& q, const std::vector<int>& people,
                   const Knowledge& k, const RankingWeights& w) {
  switch (q.type) {
    case QuestionType::kWhy:
    case QuestionType::kWhen:
    case QuestionType::kWho:
    case QuestionType::kWhere:
      return has_what_type_asks(f, q) ? 1.0 + w.type_boost : 1.0;
    case QuestionType::kRelation: {
      for (int person : people) {
        if (has_id(f.section_term_ids, person)) {
          const Fact* previous = k.fact(f.id - 1);
          const bool opens_section = previous == nullptr || previous->section != f.section;
          return 1.0 + w.relation_boost + (opens_section ? w.type_boost : 0.0);
        }
      }
      return 1.0;
    }
    default:
      return 1.0;
  }
}

// A fact about someone the fan named (by name, only as "he", "the dog", "the two": the
// coreference stored at index time), in their section or in a paragraph naming them keeps its
// score; any other is less likely to be what was asked. (Requiring Len in the facts of a
// question put to "you" was measured and dropped: docs/retrieval.md, "Coreference".)
double person_factor(const Fact& f, const Question& q, const std::vector<int>& people,
                     const RankingWeights& w) {
  double factor = 1.0;
  for (std::size_t i = 0; i < q.people.size(); ++i) {
    if (q.people[i] == "len") continue;
    const int id = people[i];
    if (!has_id(f.term_ids, id) && !has_id(f.section_term_ids, id) && !has_id(f.person_ids, id) &&
        !has_id(f.paragraph_term_ids, id)) {
      factor *= w.missing_person;
    }
  }
  return factor;
}

// Which end of the story the question asks about: "the final hug", "at the end": the latest
// part (+1); "at first": the earliest (-1); 0 for neither. Read once per question.
int story_end_asked(const Question& q) {
  const auto has = [&](std::string_view word) {
    return std::find(q.words.begin(), q.words.end(), word) != q.words.end();
  };
  if (has("final") || has("finally") || has("last") || has("ending") || has("end")) return 1;
  if (has("first") || has("originally") || has("beginning") || has("start")) return -1;
  return 0;
}

// `end`: story_end_asked(q).
double story_order_factor(const Fact& f, int end, const RankingWeights& w) {
  if (f.part == StoryPart::kNone || end == 0) return 1.0;
  const bool at_end = end > 0 ? f.part == StoryPart::kPart4 : f.part <= StoryPart::kPart1;
  return at_end ? 1.0 + w.type_boost : 1.0;
}

// The fact before `f` in its section, across a paragraph break; nullptr at a section's start.
const Fact* previous_in_section(const Knowledge& k, const Fact& f) {
  const Fact* previous = k.fact(f.id - 1);
  return previous != nullptr && previous->section == f.section && previous->profile == f.profile
             ? previous
             : nullptr;
}

}  // namespace

bool has_what_type_asks(const Fact& f, const Question& q) {
  switch (q.type) {
    case QuestionType::kWhy:
      return f.gives_reason;
    case QuestionType::kWhen:
      return f.says_when;
    case QuestionType::kWho:
      return mentions_other_person(f, q);
    case QuestionType::kWhere:
      return f.names_place;
    default:
      return true;
  }
}

const Fact& answering_clause(const Question& q, const Fact& fact, const Knowledge& k) {
  if (has_what_type_asks(fact, q)) return fact;
  // The nearer clauses first: the rest of the sentence, one clause at a time on each side.
  const Fact* before = &fact;
  const Fact* after = &fact;
  for (int step = 0; step < 2; ++step) {
    after = after != nullptr ? clause_after(k, *after) : nullptr;
    if (after != nullptr && has_what_type_asks(*after, q)) return *after;
    before = before != nullptr ? clause_before(k, *before) : nullptr;
    if (before != nullptr && has_what_type_asks(*before, q)) return *before;
  }
  return fact;
}

double group_weight(const TermGroup& group, const Knowledge& k) {
  // What the fan's own word is worth: a word no fact uses counts as the rarest word, so a
  // question about something the article never mentions cannot be covered by a loose expansion.
  if (group.terms.empty()) return 0.0;
  // A curated reading (the lexicon's "nick" -> steal, "gackpo" -> Camui) translates the word.
  const QueryTerm& own = group.terms.front();
  const bool translated = std::any_of(group.terms.begin(), group.terms.end(),
                                      [](const QueryTerm& t) { return t.curated && t.id >= 0; });
  double best = own.id >= 0 || translated ? 0.0 : own.weight * k.unknown_idf();
  for (const auto& t : group.terms) best = std::max(best, t.weight * k.idf(t.id));
  return best;
}

namespace {
constexpr double kScoreScale = 6.0;         // a score this high is a full-strength match
constexpr double kLoneWordFactor = 0.7;     // one matched word of several
constexpr double kForeignWordFactor = 0.6;  // per question word the corpus has nothing for
}  // namespace

// One shared word is how off-topic questions find a fact; a word the corpus never uses says the
// question is at least partly about something the article never mentions.
double hand_confidence(const std::vector<ScoredFact>& ranked) {
  if (ranked.empty()) return 0.0;
  const auto& top = ranked.front();
  const double groups = static_cast<double>(top.matched.size());
  const double lone_word = top.sentence_groups <= 1 && groups > 1 ? kLoneWordFactor : 1.0;
  const double foreign = std::pow(kForeignWordFactor, top.foreign_groups);
  const double strength = 1.0 - std::exp(-top.score / kScoreScale * 2.0);
  return std::clamp(top.coverage * lone_word * foreign * std::sqrt(strength), 0.0, 1.0);
}

int count_foreign_groups(const Question& q) {
  int foreign = 0;
  for (const auto& g : q.groups) {
    foreign +=
        std::none_of(g.terms.begin(), g.terms.end(), [](const QueryTerm& t) { return t.id >= 0; })
            ? 1
            : 0;
  }
  return foreign;
}

std::vector<ScoredFact> rank_facts(const Question& q, const std::vector<FtsHit>& hits,
                                   const Knowledge& k, std::optional<StoryPart> until,
                                   const RankingWeights& w) {
  double total = 0.0;
  for (const auto& g : q.groups) total += group_weight(g, k);
  std::vector<ScoredFact> ranked;
  if (total <= 0.0) return ranked;
  const int foreign = count_foreign_groups(q);
  const std::vector<int> people = person_terms(q, k);
  const int story_end = story_end_asked(q);
  const GroupMatcher matcher(q, k);
  std::array<std::vector<double>, 6> buffers;
  LazyBest direct_best(matcher, buffers[0]), person_best(matcher, buffers[1]),
      before_best(matcher, buffers[2]), after_best(matcher, buffers[3]),
      section_best(matcher, buffers[4]), scene_best(matcher, buffers[5]);
  for (const auto& hit : hits) {
    const Fact* f = k.fact(hit.id);
    if (f == nullptr) continue;
    if (until && static_cast<int>(f->revealed) > static_cast<int>(*until)) continue;
    const Fact* before = k.neighbour(f->id, -1);
    const Fact* after = k.neighbour(f->id, +1);
    // A clause split off at a citation still belongs to its sentence.
    const bool before_in_sentence = before != nullptr && same_sentence(*before, *f);
    const bool after_in_sentence = after != nullptr && same_sentence(*f, *after);
    // "He also decided to smoke weed during this.": a fact that points back has its scene in
    // the sentence before, even across a paragraph break ("Following this, Len stole...").
    const Fact* scene = f->refers_back ? previous_in_section(k, *f) : nullptr;
    direct_best.reset(&f->term_ids);
    person_best.reset(&f->person_ids);
    before_best.reset(before != nullptr ? &before->term_ids : nullptr);
    after_best.reset(after != nullptr ? &after->term_ids : nullptr);
    section_best.reset(&f->section_term_ids);
    scene_best.reset(scene != nullptr ? &scene->term_ids : nullptr);
    ScoredFact s{f, 0.0, 0.0, std::vector<bool>(q.groups.size(), false)};
    double own = 0.0;
    double borrowed = 0.0;
    double setting_discount = 0.0;
    int direct_groups = 0;
    int sentence_groups = 0;
    for (std::size_t i = 0; i < q.groups.size(); ++i) {
      const auto& g = q.groups[i];
      const double direct = direct_best(i);
      if (direct > 0.0) {
        own += direct;
        if (g.setting) setting_discount += direct * (1.0 - w.setting_direct_share);
        ++direct_groups;
        ++sentence_groups;
        s.matched[i] = true;
        continue;
      }
      // The person is in the fact only as "he", "her", "the two"...: coreference says so.
      if (g.person_id >= 0 && has_id(f->person_ids, g.person_id)) {
        borrowed += w.pronoun_share * person_best(i);
        s.matched[i] = true;
        continue;
      }
      const auto share = [&](bool in_sentence) {
        if (g.setting) return in_sentence ? w.setting_sentence_share : w.setting_context_share;
        return in_sentence ? w.sentence_share : w.context_share;
      };
      const double before_match = before_best(i);
      const double after_match = after_best(i);
      double context = std::max(before_match * share(before_in_sentence),
                                after_match * share(after_in_sentence));
      if (g.setting && scene != nullptr) {
        context = std::max(context, scene_best(i) * w.setting_sentence_share);
      }
      const double section = section_best(i);
      const double extra = std::max(context, section * w.section_share);
      if (extra > 0.0) {
        borrowed += extra;
        s.matched[i] = true;
      }
      if ((before_in_sentence && before_match > 0.0) || (after_in_sentence && after_match > 0.0)) {
        ++sentence_groups;
      }
    }
    if (own <= 0.0) continue;
    const double length = static_cast<double>(f->terms.size()) / k.average_terms();
    double score =
        (own + borrowed - setting_discount) / (1.0 - w.length_share + w.length_share * length);
    score *= 1.0 + w.coord * direct_groups / static_cast<double>(q.groups.size());
    score *= type_factor(*f, q, people, k, w) * person_factor(*f, q, people, w) *
             story_order_factor(*f, story_end, w);
    if (f->cites.empty() && !f->profile) score *= w.uncited;
    s.score = score;
    s.sentence_groups = sentence_groups;
    s.foreign_groups = foreign;
    s.coverage = std::min(1.0, (own + borrowed) / total);
    ranked.push_back(std::move(s));
  }
  std::sort(ranked.begin(), ranked.end(), [](const ScoredFact& a, const ScoredFact& b) {
    return a.score != b.score ? a.score > b.score : a.fact->id < b.fact->id;
  });
  return ranked;
}

}  // namespace lenbot
