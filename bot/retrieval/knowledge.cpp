#include "bot/retrieval/knowledge.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <nlohmann/json.hpp>
#include <string_view>
#include <tuple>

#include "bot/index/porter_stemmer.h"
#include "bot/retrieval/clauses.h"
#include "bot/text/ascii.h"

namespace lenbot {
namespace {

std::unordered_set<std::string> stems_of(std::string_view words) {
  std::unordered_set<std::string> stems;
  for (const auto& w : tokenize(words)) stems.insert(porter_stem(w));
  return stems;
}

void load_facts(Database& db, Knowledge& k) {
  auto stmt = db.prepare(
      "SELECT id, kind, section, part, revealed, paragraph, text, cites, words FROM facts "
      "ORDER BY id");
  while (stmt.step()) {
    Fact f;
    f.id = static_cast<int>(stmt.column_int(0));
    f.profile = stmt.column_text(1) == "profile";
    f.section = stmt.column_text(2);
    f.part = static_cast<StoryPart>(stmt.column_int(3));
    f.revealed = static_cast<StoryPart>(stmt.column_int(4));
    f.paragraph = static_cast<int>(stmt.column_int(5));
    f.text = stmt.column_text(6);
    f.cites = nlohmann::json::parse(stmt.column_text(7)).get<std::vector<int>>();
    f.terms = stems_of(stmt.column_text(8));
    f.section_terms = stems_of(f.section);
    k.facts.push_back(std::move(f));
  }
}

void load_quotes(Database& db, Knowledge& k) {
  auto stmt = db.prepare("SELECT id, text, speaker, about, section, words FROM quotes ORDER BY id");
  while (stmt.step()) {
    QuoteRecord q;
    q.id = static_cast<int>(stmt.column_int(0));
    q.text = stmt.column_text(1);
    q.speaker = stmt.column_text(2);
    q.about = stmt.column_text(3);
    q.section = stmt.column_text(4);
    q.terms = stems_of(stmt.column_text(5) + " " + q.about + " " + q.section);
    k.quotes.push_back(std::move(q));
  }
}

// The earliest part by which a fact mentioning `stem` is revealed.
StoryPart first_revealed(const Knowledge& k, const std::string& stem) {
  StoryPart best = StoryPart::kPart4;
  for (const auto& f : k.facts) {
    if (f.terms.contains(stem) && static_cast<int>(f.revealed) < static_cast<int>(best)) {
      best = f.revealed;
    }
  }
  return best;
}

void load_lexicon(Database& db, Knowledge& k) {
  auto stmt = db.prepare("SELECT kind, source, target FROM lexicon");
  while (stmt.step()) {
    const std::string kind = stmt.column_text(0);
    const std::string source = stmt.column_text(1);
    const std::string target = stmt.column_text(2);
    if (kind == "slang") {
      k.slang[source] = tokenize(target);
    } else if (kind == "phrase") {
      k.phrases.emplace_back(tokenize(source), tokenize(target));
    } else if (kind == "person") {
      const std::string stem = porter_stem(source);
      k.people[source] = {target, first_revealed(k, stem), stem};
    } else if (kind == "place") {
      const std::string stem = porter_stem(source);
      k.places[source] = {target, first_revealed(k, stem), stem};
    } else if (kind == "topic") {
      const std::string stem = porter_stem(source);
      k.topics.emplace_back(stem, NamedThing{target, first_revealed(k, stem), stem});
    }
  }
}

Gender gender_of(std::string_view name) {
  if (name == "male") return Gender::kMale;
  if (name == "female") return Gender::kFemale;
  return Gender::kUnknown;
}

MentionKind mention_kind_of(std::string_view name) {
  if (name == "name") return MentionKind::kName;
  if (name == "pronoun") return MentionKind::kPronoun;
  if (name == "group") return MentionKind::kGroup;
  return MentionKind::kDescription;
}

// facts[i].id == i + 1, so a stored fact id finds its fact directly.
Fact* fact_by_id(Knowledge& k, long long id) {
  if (id < 1 || id > static_cast<long long>(k.facts.size())) return nullptr;
  return &k.facts[static_cast<std::size_t>(id - 1)];
}

void load_coreference(Database& db, Knowledge& k) {
  auto genders = db.prepare("SELECT person, gender FROM persons");
  while (genders.step()) k.genders[genders.column_text(0)] = gender_of(genders.column_text(1));
  auto persons = db.prepare("SELECT fact_id, person FROM fact_persons ORDER BY fact_id, person");
  while (persons.step()) {
    if (Fact* f = fact_by_id(k, persons.column_int(0))) {
      f->persons.push_back(persons.column_text(1));
    }
  }
  auto mentions = db.prepare(
      "SELECT fact_id, start, length, surface, kind, persons, possessive FROM mentions "
      "ORDER BY fact_id, start");
  while (mentions.step()) {
    Fact* f = fact_by_id(k, mentions.column_int(0));
    if (f == nullptr) continue;
    Mention m;
    m.start = static_cast<int>(mentions.column_int(1));
    m.length = static_cast<int>(mentions.column_int(2));
    m.surface = mentions.column_text(3);
    m.kind = mention_kind_of(mentions.column_text(4));
    m.persons = tokenize(mentions.column_text(5));
    m.possessive = mentions.column_int(6) != 0;
    f->mentions.push_back(std::move(m));
  }
}

// Words that give a reason or mark a purpose (what "why" asks for) and words that place an
// event in time (what "when" asks for).
constexpr std::array<std::string_view, 23> kReasonCues = {
    "because", "due to",           "in order to",   "to cope",    "as a result", "believing",
    "wishing", "in response",      "causing",       "as a means", "as a trophy", "to forget",
    "so that", "leading",          "in part",       "since",      "thus",        "only for",
    "after",   "to take his mind", "retained from", "to eat",     "based on"};
constexpr std::array<std::string_view, 22> kTimeCues = {
    "december", "january", "valentine", "season", " day",   "night", "christmas", "winter",
    "year",     "month",   "later",     "after",  "before", "soon",  "first",     "last",
    "once",     "during",  "until",     "when",   "then",   "time"};

// Connectives that point back at the event before ("during this", "in response").
constexpr std::array<std::string_view, 12> kBackReferences = {
    "during this",    "after this",        "at this point",   "in response",
    "afterwards",     "as a result",       "because of this", "despite this",
    "following this", "immediately after", "soon after",      "after that"};

bool has_any(const std::string& lowercase_text, const auto& cues) {
  for (auto cue : cues) {
    if (lowercase_text.find(cue) != std::string::npos) return true;
  }
  return false;
}

void annotate_facts(Knowledge& k) {
  for (auto& f : k.facts) {
    const std::string lower = ascii_lower(f.text);
    f.gives_reason = has_any(lower, kReasonCues);
    f.says_when = has_any(lower, kTimeCues);
    f.refers_back = has_any(lower, kBackReferences);
    for (const auto& word : tokenize(lower)) {
      if (word == "he" || word == "she" || word == "him" || word == "her" || word == "his" ||
          word == "they" || word == "them" || word == "their") {
        f.has_pronoun = true;
      }
    }
    for (const auto& [word, person] : k.people) {
      if (f.terms.contains(person.stem)) f.people.push_back(word);
    }
    for (const auto& [word, place] : k.places) {
      f.names_place = f.names_place || f.terms.contains(place.stem);
    }
  }
}

}  // namespace

Knowledge Knowledge::load(Database& db) {
  Knowledge k;
  load_facts(db, k);
  load_quotes(db, k);
  load_lexicon(db, k);
  load_coreference(db, k);
  annotate_facts(k);
  auto english = db.prepare("SELECT value FROM meta WHERE key = 'english_words'");
  if (english.step()) {
    for (const auto& word : tokenize(english.column_text(0))) k.english_words.insert(word);
  }
  auto modifiers = db.prepare("SELECT value FROM meta WHERE key = 'modifier_words'");
  if (modifiers.step()) {
    for (const auto& word : tokenize(modifiers.column_text(0))) k.modifier_words.insert(word);
  }
  auto lemmas = db.prepare("SELECT form, lemma FROM lemmas");
  while (lemmas.step()) k.lemmas.emplace(lemmas.column_text(0), lemmas.column_text(1));
  // WordNet's two-word verbs, a reading beside the phrases (not among them: read as phrases
  // they cost held-out questions, docs/retrieval.md "Multi-word verbs").
  auto phrasal = db.prepare("SELECT phrase, targets FROM phrasal_verbs");
  while (phrasal.step()) {
    k.phrasal_verbs.emplace(phrasal.column_text(0), tokenize(phrasal.column_text(1)));
  }
  for (const auto& [phrase, reading] : k.phrases) {
    std::vector<std::string> keys;
    for (const auto& word : phrase) keys.push_back(porter_stem(base_form(k.lemmas, word)));
    if (!keys.empty()) k.phrases_by_first_key[keys.front()].push_back(k.phrase_keys.size());
    k.phrase_keys.push_back(std::move(keys));
  }
  auto words = db.prepare("SELECT word FROM vocabulary");
  while (words.step()) {
    std::string word = words.column_text(0);
    k.vocabulary.insert(std::move(word));
  }
  auto expansions = db.prepare("SELECT word, target, weight, relation FROM expansions");
  while (expansions.step()) {
    std::string target = expansions.column_text(1);
    std::string term = porter_stem(target);
    const std::string relation = expansions.column_text(3);
    k.expansions[expansions.column_text(0)].push_back({std::move(target), std::move(term),
                                                       expansions.column_double(2),
                                                       relation.starts_with("lexicon")});
  }
  // Inverse document frequency over facts, smoothed so a term in every fact still counts a bit.
  std::unordered_map<std::string, int> df;
  for (const auto& f : k.facts) {
    for (const auto& t : f.terms) ++df[t];
  }
  const double n = static_cast<double>(k.facts.size());
  for (const auto& [term, count] : df) k.idf_[term] = std::log(1.0 + n / count);
  k.unknown_idf_ = std::log(1.0 + n);
  for (const auto& f : k.facts) {
    if (!f.profile) k.paragraph_terms_[f.paragraph].insert(f.terms.begin(), f.terms.end());
  }
  intern_terms(k);
  collect_spelling_words(k);
  double terms = 0.0;
  for (const auto& f : k.facts) terms += static_cast<double>(f.terms.size());
  if (n > 0) k.average_terms_ = terms / n;
  for (auto& q : k.quotes) {
    for (const auto& f : k.facts) {
      if (f.section == q.section) {
        q.revealed = f.revealed;
        break;
      }
    }
  }
  return k;
}

const Fact* Knowledge::fact(int id) const {
  if (id < 1 || id > static_cast<int>(facts.size())) return nullptr;
  return &facts[static_cast<std::size_t>(id - 1)];
}

const Fact* Knowledge::neighbour(int id, int step) const {
  const Fact* self = fact(id);
  const Fact* other = fact(id + step);
  if (self == nullptr || other == nullptr || other->paragraph != self->paragraph ||
      other->profile != self->profile) {
    return nullptr;
  }
  return other;
}

int Knowledge::term_id(const std::string& term) const {
  const auto it = term_ids_.find(term);
  return it == term_ids_.end() ? -1 : it->second;
}

void Knowledge::collect_spelling_words(Knowledge& k) {
  std::unordered_map<std::string, int> source;
  const auto add = [&source](const std::string& word, int from) {
    if (word.size() < 4 ||
        !std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      return;
    }
    if (auto [it, added] = source.emplace(word, from); !added)
      it->second = std::min(it->second, from);
  };
  for (const auto& word : k.vocabulary) add(word, 0);
  for (const auto& [word, words] : k.slang) add(word, 1);
  for (const auto& [word, targets] : k.expansions) add(word, 2);
  for (const auto& word : k.english_words) add(word, 3);
  for (const auto& [word, from] : source) {
    const double idf = k.idf(porter_stem(word));
    k.spelling_words.push_back({word, from, idf > 0.0 ? idf : k.unknown_idf_});
  }
  // By first letter, then length: spelling repair reads only the lengths near the word's.
  std::sort(k.spelling_words.begin(), k.spelling_words.end(),
            [](const SpellingWord& a, const SpellingWord& b) {
              return std::tuple(a.word[0], a.word.size(), std::string_view(a.word)) <
                     std::tuple(b.word[0], b.word.size(), std::string_view(b.word));
            });
}

void Knowledge::intern_terms(Knowledge& k) {
  for (const auto& [term, idf] : k.idf_) {
    k.term_ids_.emplace(term, static_cast<int>(k.idf_by_id_.size()));
    k.idf_by_id_.push_back(idf);
  }
  const auto ids_of = [&k](const std::unordered_set<std::string>& terms) {
    std::vector<int> ids;
    for (const auto& t : terms) {
      if (const int id = k.term_id(t); id >= 0) ids.push_back(id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
  };
  for (auto& f : k.facts) {
    f.term_ids = ids_of(f.terms);
    f.section_term_ids = ids_of(f.section_terms);
    f.paragraph_term_ids = ids_of(k.paragraph_terms(f));
  }
  for (auto* things : {&k.people, &k.places}) {
    for (auto& [word, thing] : *things) thing.term_id = k.term_id(thing.stem);
  }
  for (auto& f : k.facts) {
    for (const auto& person : f.persons) {
      if (const auto it = k.people.find(person); it != k.people.end() && it->second.term_id >= 0) {
        f.person_ids.push_back(it->second.term_id);
      }
    }
    std::sort(f.person_ids.begin(), f.person_ids.end());
  }
  for (auto& f : k.facts) widen_fields(k, f);
  k.field_postings = FieldPostings::build(k.facts, k.idf_by_id_.size());
}

void Knowledge::widen_fields(const Knowledge& k, Fact& f) {
  const auto merge = [](std::vector<int>& into, const std::vector<int>& more) {
    into.insert(into.end(), more.begin(), more.end());
  };
  const Fact* first = &f;
  while (const Fact* c = clause_before(k, *first)) first = c;
  const Fact* last = &f;
  while (const Fact* c = clause_after(k, *last)) last = c;
  for (int id = first->id; id <= last->id; ++id) merge(f.sentence_term_ids, k.fact(id)->term_ids);
  f.window_term_ids = f.sentence_term_ids;
  for (const Fact* n : {k.neighbour(first->id, -1), k.neighbour(last->id, 1)}) {
    if (n != nullptr) merge(f.window_term_ids, n->term_ids);
  }
  for (auto* ids : {&f.sentence_term_ids, &f.window_term_ids}) {
    std::sort(ids->begin(), ids->end());
    ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
  }
}

const std::unordered_set<std::string>& Knowledge::paragraph_terms(const Fact& fact) const {
  if (fact.profile) return fact.terms;
  return paragraph_terms_.at(fact.paragraph);
}

double Knowledge::idf(const std::string& term) const {
  const auto it = idf_.find(term);
  return it == idf_.end() ? 0.0 : it->second;
}

}  // namespace lenbot
