#include "bot/quiz/entity_catalog.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "bot/quiz/wordnet_classes.h"
#include "bot/text/ascii.h"

namespace lenbot {
namespace {

constexpr std::array<std::string_view, 13> kDeterminers = {
    "a",       "an",      "the",  "his",  "her", "their", "its",
    "another", "several", "some", "this", "my",  "your"};

constexpr std::array<std::string_view, 47> kPhraseBreakers = {
    "in",     "at",    "to",     "of",     "on",      "for",  "with",  "from",   "into",  "and",
    "or",     "but",   "as",     "by",     "under",   "that", "while", "before", "after", "within",
    "inside", "near",  "around", "behind", "against", "over", "out",   "up",     "back",  "off",
    "who",    "which", "then",   "about",  "there",   "here", "was",   "were",   "is",    "are",
    "be",     "been",  "had",    "has",    "more",    "same", "other"};

// Nouns too vague to be the key word of an event.
constexpr std::array<std::string_view, 40> kGenericNouns = {
    "time",  "day",     "days",   "moment",     "point",   "place",  "scene",     "distance",
    "way",   "front",   "side",   "end",        "process", "result", "thing",     "things",
    "one",   "course",  "season", "life",       "lives",   "wake",   "situation", "mood",
    "head",  "self",    "stream", "number",     "piece",   "part",   "rest",      "past",
    "world", "purpose", "figure", "statements", "details", "means",  "chance",    "speech"};

// Words before a name that say it is a place.
constexpr std::array<std::string_view, 9> kPlacePrepositions = {
    "in", "at", "near", "around", "inside", "towards", "toward", "to", "from"};

template <std::size_t N>
bool one_of(std::string_view word, const std::array<std::string_view, N>& list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool is_inflected_verb(const std::string& word) {
  return verb_base(word).has_value() && !is_plural_noun(word);
}

// The words the article capitalises where no sentence starts: names, not sentence openers.
std::set<std::string> collect_name_words(const Article& article) {
  std::set<std::string> words;
  for (const auto& segment : article.segments) {
    const auto tokens = sentence_tokens(segment.text);
    for (std::size_t i = 1; i < tokens.size(); ++i) {
      const auto gap_end = tokens[i].begin;
      const auto gap = std::string_view(segment.text).substr(0, gap_end);
      const auto last = gap.find_last_not_of(" \"");
      const bool sentence_start = last != std::string_view::npos &&
                                  (gap[last] == '.' || gap[last] == '!' || gap[last] == '?');
      if (is_capitalised(tokens[i].word) && !sentence_start) words.insert(tokens[i].word);
    }
  }
  return words;
}

// True when nothing after tokens[i] continues its noun phrase: "cherry trees" ends at "trees",
// so "cherry" and "grey" (in "grey Russian outfit") only modify.
bool ends_noun_phrase(const std::vector<Token>& tokens, std::size_t i) {
  if (i + 1 >= tokens.size() || !tokens[i + 1].joined) return true;
  const auto& next = tokens[i + 1].word;
  if (is_capitalised(next)) return false;
  return one_of(next, kPhraseBreakers) || next.ends_with("ing") || is_inflected_verb(next) ||
         has_adverb_sense(next) || !is_noun(next);
}

struct Votes {
  int person = 0;
  int place = 0;
  bool lower_case = false;  // the article also writes the name as a common word ("assassin")
};

// WordNet's class when it knows the name as a person, place or time; otherwise the article's
// usage decides, and a tie leaves the name untyped.
std::optional<AnswerType> name_type_of(const std::string& name, const Votes& votes) {
  const auto known = votes.lower_case ? std::nullopt : noun_type(name);
  if (known == AnswerType::kPerson || known == AnswerType::kLocation ||
      known == AnswerType::kTime) {
    return known;
  }
  if (votes.place > votes.person) return AnswerType::kLocation;
  if (votes.person > votes.place) return AnswerType::kPerson;
  return std::nullopt;
}

}  // namespace

std::vector<NameSpan> EntityCatalog::name_spans(const Sentence& sentence) const {
  std::vector<NameSpan> spans;
  const auto& tokens = sentence.tokens;
  std::size_t i = 0;
  while (i < tokens.size()) {
    if (!name_words_.contains(tokens[i].word)) {
      ++i;
      continue;
    }
    NameSpan span{i, i, "", false};
    span.quoted = tokens[i].begin > 0 && sentence.text[tokens[i].begin - 1] == '"';
    while (!tokens[span.last].possessive && span.last + 1 < tokens.size() &&
           tokens[span.last + 1].joined && name_words_.contains(tokens[span.last + 1].word)) {
      ++span.last;
    }
    // "Valentine's Day": a possessive inside a name WordNet knows.
    if (tokens[span.last].possessive && span.last + 1 < tokens.size() &&
        tokens[span.last + 1].joined && is_capitalised(tokens[span.last + 1].word)) {
      const auto joined = sentence.text.substr(
          tokens[span.first].begin, tokens[span.last + 1].end - tokens[span.first].begin);
      if (noun_type(joined)) ++span.last;
    }
    const auto& end_token = tokens[span.last];
    const auto end = end_token.possessive ? end_token.end - 2 : end_token.end;
    span.text = sentence.text.substr(tokens[span.first].begin, end - tokens[span.first].begin);
    spans.push_back(span);
    i = span.last + 1;
  }
  return spans;
}

bool EntityCatalog::is_modifier(const std::vector<Token>& tokens, const NameSpan& span) const {
  if (span.first > 0 && (tokens[span.first - 1].word == "a" || tokens[span.first - 1].word == "an"))
    return true;
  if (span.quoted) return true;
  if (tokens[span.last].possessive || span.last + 1 >= tokens.size()) return false;
  const auto& next = tokens[span.last + 1];
  if (!next.joined || is_capitalised(next.word) || one_of(next.word, kPhraseBreakers)) return false;
  return is_noun(next.word) && !is_inflected_verb(next.word) && !has_adverb_sense(next.word);
}

std::optional<AnswerType> EntityCatalog::name_type(std::string_view name) const {
  auto it = name_types_.find(std::string(name));
  if (it == name_types_.end()) return std::nullopt;
  return it->second;
}

std::optional<AnswerType> EntityCatalog::cached_noun_type(const std::string& word) const {
  auto it = noun_cache_.find(word);
  if (it != noun_cache_.end()) return it->second;
  std::optional<AnswerType> type;
  if (!is_inflected_verb(word)) type = noun_type(word);
  noun_cache_.emplace(word, type);
  return type;
}

std::optional<AnswerType> EntityCatalog::blankable_noun(const std::vector<Token>& tokens,
                                                        std::size_t i) const {
  const auto& word = tokens[i].word;
  if (word.size() < 3 || is_capitalised(word) || tokens[i].possessive) return std::nullopt;
  if (one_of(word, kGenericNouns) || one_of(word, kPhraseBreakers) || one_of(word, kDeterminers))
    return std::nullopt;
  if (is_inflected_adjective(word) || !ends_noun_phrase(tokens, i)) return std::nullopt;
  std::size_t j = i;
  int modifiers = 0;
  while (j > 0 && tokens[j].joined) {
    const auto& prev = tokens[j - 1];
    if (prev.possessive || one_of(prev.word, kDeterminers)) return cached_noun_type(word);
    if (prev.word == "of" && modifiers == 0) return cached_noun_type(word);
    if (modifiers == 2 || is_capitalised(prev.word) || one_of(prev.word, kPhraseBreakers) ||
        is_inflected_verb(prev.word) || prev.word.ends_with("ing")) {
      return std::nullopt;
    }
    ++modifiers;
    --j;
  }
  return std::nullopt;
}

void EntityCatalog::read_genders(const Article& article, const AliasTable& aliases) {
  // The person names as lexicon entries: each canonical name a person, its one-word aliases
  // names of it ("Gackpo" is Camui), the way corpus/lexicon.tsv gives them to the indexer.
  Lexicon people;
  std::map<std::string, std::vector<std::string>> names_of;  // lowercase canonical -> names
  for (const auto& [name, type] : name_types_) {
    if (type != AnswerType::kPerson) continue;
    const std::string canonical = ascii_lower(aliases.canonical(name).value_or(name));
    if (canonical.find(' ') != std::string::npos || names_of.contains(canonical)) continue;
    people.entries.push_back({"person", canonical, canonical});
    for (const auto& alias : aliases.names_of(name)) {
      const std::string word = ascii_lower(alias);
      names_of[canonical].push_back(word);
      if (word != canonical && word.find(' ') == std::string::npos) {
        people.entries.push_back({"alias", word, canonical});
      }
    }
    names_of[canonical].push_back(canonical);
  }
  // Genders need no descriptions ("the dog"), so no noun test.
  const PersonCatalog persons =
      build_person_catalog(article, people, [](std::string_view) { return false; });
  for (const auto& [canonical, gender] : persons.genders) {
    const auto names = names_of.find(canonical);
    if (names == names_of.end()) continue;
    for (const auto& name : names->second) genders_[name] = gender;
  }
}

const std::vector<CatalogEntry>& EntityCatalog::pool(AnswerType type, bool names) const {
  static const std::vector<CatalogEntry> kEmpty;
  auto it = pools_.find({static_cast<int>(type), names});
  return it == pools_.end() ? kEmpty : it->second;
}

Gender EntityCatalog::gender(std::string_view name) const {
  const auto it = genders_.find(ascii_lower(name));
  return it == genders_.end() ? Gender::kUnknown : it->second;
}

EntityCatalog EntityCatalog::build(const Article& article, const AliasTable& aliases) {
  EntityCatalog catalog;
  catalog.name_words_ = collect_name_words(article);
  std::map<std::string, Votes> votes;
  std::set<std::pair<std::string, bool>> plot_names;  // (name, plural) seen in the plot
  std::map<std::pair<int, bool>, std::set<std::string>> nouns;
  std::set<std::string> lower_words;
  for (const auto& segment : article.segments) {
    const bool plot = segment.part != StoryPart::kNone;
    Sentence whole{segment.text, sentence_tokens(segment.text)};
    const auto& tokens = whole.tokens;
    for (const auto& span : catalog.name_spans(whole)) {
      auto& v = votes[span.text];
      if (tokens[span.last].possessive) ++v.person;
      if (span.last + 1 < tokens.size() && tokens[span.last + 1].joined &&
          is_inflected_verb(tokens[span.last + 1].word) &&
          !tokens[span.last + 1].word.ends_with("ing")) {
        ++v.person;
      }
      if (span.first > 0 && tokens[span.first].joined) {
        const auto& prev = tokens[span.first - 1].word;
        if (prev == "with" || prev == "by" || prev == "and") ++v.person;
        if (one_of(prev, kPlacePrepositions)) ++v.place;
      }
      if (plot && !catalog.is_modifier(tokens, span)) plot_names.insert({span.text, false});
    }
    for (const auto& t : tokens) {
      if (!is_capitalised(t.word)) lower_words.insert(t.word);
    }
    if (!plot) continue;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (auto type = catalog.blankable_noun(tokens, i)) {
        nouns[{static_cast<int>(*type), true}].insert(tokens[i].word);
      }
    }
  }
  for (auto& [name, v] : votes) {
    v.lower_case = lower_words.contains(ascii_lower(name));
    if (auto type = name_type_of(name, v)) catalog.name_types_[name] = *type;
  }
  std::map<std::pair<int, bool>, std::set<std::string>> names;
  for (const auto& [name, unused] : plot_names) {
    if (auto type = catalog.name_type(name)) {
      names[{static_cast<int>(*type), true}].insert(aliases.canonical(name).value_or(name));
    }
  }
  for (const auto& [key, set] : names) {
    for (const auto& name : set) catalog.pools_[{key.first, true}].push_back({name, false});
  }
  for (const auto& [key, set] : nouns) {
    for (const auto& noun : set) {
      catalog.pools_[{key.first, false}].push_back({noun, is_plural_noun(noun)});
    }
  }
  catalog.read_genders(article, aliases);
  return catalog;
}

}  // namespace lenbot
