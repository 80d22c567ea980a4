#include "bot/retrieval/question.h"

#include <algorithm>
#include <array>

#include "bot/index/porter_stemmer.h"
#include "bot/index/word_forms.h"
#include "bot/retrieval/code_text.h"
#include "bot/retrieval/spelling.h"

namespace lenbot {
namespace {

constexpr std::size_t kMaxQuestionBytes = 4096;  // what the SQL check reads of a message
constexpr double kTypoWeight = 0.8;              // a corrected word is probably, not surely, meant
constexpr double kExpansionScale = 0.9;          // the fan's own words count more than expansions
// When the corpus itself uses the fan's word, WordNet's other senses of it are mostly noise
// ("place" -> "lay", "woke" -> "consequence"): they count for less.
constexpr double kKnownWordExpansionScale = 0.5;
constexpr double kPhraseWeight = 0.9;  // a phrase's reading of the fan's words
constexpr double kNameWeight = 0.85;   // a name, or an alias of one, not a loose synonym

constexpr std::array<std::string_view, 12> kQuoteWords = {
    "line",   "lines", "quote", "quotes", "motto",  "catchphrase",
    "saying", "said",  "say",   "words",  "slogan", "phrase"};

bool contains(const std::vector<std::string>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

bool known(const std::string& word, const Knowledge& k);
std::string base_of(const std::string& word, const Knowledge& k);

// The key a word matches phrases by: the Porter stem of its base form, spelling fixed when it
// is neither the corpus's nor English.
std::string phrase_key(const std::string& word, const Knowledge& k) {
  std::string base = base_form(k.lemmas, word);
  if (!known(base, k) && !k.english_words.contains(base)) {
    if (std::string fixed = repair_spelling(base, k); !fixed.empty()) base = fixed;
  }
  return porter_stem(base);
}

// "nickin", "lookin", "wearin": chat drops the g of -ing. Only for a word neither the corpus
// nor English knows whose -ing form reduces to a word that is known ("cousin" stays).
std::string restore_final_g(std::string word, const Knowledge& k) {
  if (word.size() < 5 || !word.ends_with("in") || known(word, k) || k.people.contains(word) ||
      k.english_words.contains(word)) {
    return word;
  }
  std::string full = word + "g";
  const std::string base = base_of(full, k);
  return base != full && known(base, k) ? full : word;
}

// A word nothing knows, repaired before chat spelling is read: "coudlnt" is "couldnt", which
// the lexicon reads as "could not". Words the corpus, the lexicon or English know stay.
std::string repair_chat_spelling(std::string word, const Knowledge& k) {
  if (is_stop_word(word) || known(word, k) || k.slang.contains(word) || k.people.contains(word) ||
      k.places.contains(word) || k.english_words.contains(word)) {
    return word;
  }
  const std::string base = base_of(word, k);
  if (base != word && (known(base, k) || k.english_words.contains(base))) return word;
  std::string fixed = repair_spelling(word, k);
  return fixed.empty() ? word : fixed;
}

// Chat spelling rewritten into plain words; fan phrases found are read into `phrase_readings`
// and their words marked in `consumed` so they don't count again one by one.
std::vector<std::string> rewrite(
    std::vector<std::string> tokens, const Knowledge& k,
    std::vector<std::pair<std::size_t, std::vector<std::string>>>& phrase_readings,
    std::vector<bool>& consumed) {
  std::vector<std::string> words;
  for (auto& token : tokens) {
    token = restore_final_g(std::move(token), k);
    token = repair_chat_spelling(std::move(token), k);
    if (auto it = k.slang.find(token); it != k.slang.end()) {
      words.insert(words.end(), it->second.begin(), it->second.end());
    } else {
      words.push_back(token);
    }
  }
  consumed.assign(words.size(), false);
  std::vector<std::string> keys;
  keys.reserve(words.size());
  for (const auto& word : words) keys.push_back(phrase_key(word, k));
  // Only phrases whose first word is in the question, in the lexicon's order.
  std::vector<std::size_t> candidates;
  for (const auto& key : keys) {
    if (auto it = k.phrases_by_first_key.find(key); it != k.phrases_by_first_key.end()) {
      candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    }
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  for (const std::size_t p : candidates) {
    const auto& phrase = k.phrase_keys[p];
    if (phrase.empty() || phrase.size() > keys.size()) continue;
    for (std::size_t i = 0; i + phrase.size() <= keys.size(); ++i) {
      const auto at = keys.begin() + static_cast<long>(i);
      if (std::equal(phrase.begin(), phrase.end(), at) &&
          std::none_of(consumed.begin() + static_cast<long>(i),
                       consumed.begin() + static_cast<long>(i + phrase.size()),
                       [](bool used) { return used; })) {
        phrase_readings.emplace_back(i, k.phrases[p].second);
        std::fill_n(consumed.begin() + static_cast<long>(i), phrase.size(), true);
        break;
      }
    }
  }
  return words;
}

// Words a question may open with before it starts asking: "yo len, so...".
bool is_greeting(std::string_view word) {
  return word == "yo" || word == "len" || word == "hey" || word == "so" || word == "ok" ||
         word == "okay";
}

QuestionType detect_type(const std::vector<std::string>& w) {
  const auto at = [&](std::size_t i) {
    return i < w.size() ? std::string_view(w[i]) : std::string_view();
  };
  // Relationship questions: "what's X to you", "who is X to you", "how do you feel about X".
  const bool to_you = w.size() >= 2 && w.size() <= 7 && (w.back() == "you" || w.back() == "len") &&
                      w[w.size() - 2] == "to";
  if (to_you && (at(0) == "what" || at(0) == "whats" || at(0) == "who" || at(0) == "whos")) {
    return QuestionType::kRelation;
  }
  if (contains(w, "feel") && contains(w, "about")) return QuestionType::kRelation;
  // "what do you think of X", "your opinion of X"
  if ((contains(w, "think") && (contains(w, "of") || contains(w, "about")) && w.size() <= 8) ||
      contains(w, "opinion")) {
    return QuestionType::kRelation;
  }
  if (contains(w, "relationship") && (contains(w, "with") || contains(w, "between"))) {
    return QuestionType::kRelation;
  }
  // "yo len did you..." asks as much as "did you...": skip the greeting and the name.
  std::size_t first_word = 0;
  while (first_word < w.size() && is_greeting(w[first_word])) ++first_word;
  // Fans put the question word anywhere ("irina was a soldier for who?"); the first one found
  // in the opening words wins, then any later one.
  for (std::size_t i = 0; i < w.size(); ++i) {
    const auto word = at(i);
    if (i >= 4 && word != "who" && word != "where" && word != "when" && word != "why") continue;
    if (word == "why" || (word == "how" && at(i + 1) == "come")) return QuestionType::kWhy;
    if (word == "who" || word == "whos" || word == "whom" || word == "whose") {
      return QuestionType::kWho;
    }
    if (word == "where" || word == "wheres") {
      // "Where does your speed come from?" asks for an origin, a reason.
      const bool origin = contains(w, "from") && (contains(w, "come") || contains(w, "comes"));
      return origin ? QuestionType::kWhy : QuestionType::kWhere;
    }
    if (word == "when") return QuestionType::kWhen;
    if ((word == "what" || word == "which" || word == "wat") &&
        (at(i + 1) == "month" || at(i + 1) == "year" || at(i + 1) == "day" || at(i + 1) == "time" ||
         at(i + 1) == "season")) {
      return QuestionType::kWhen;
    }
    if (word == "what" || word == "whats" || word == "which") return QuestionType::kWhat;
    if (word == "how") return QuestionType::kHow;
    if (i == first_word &&
        (word == "did" || word == "does" || word == "do" || word == "is" || word == "was" ||
         word == "were" || word == "are" || word == "can" || word == "could" || word == "have" ||
         word == "has" || word == "would")) {
      return QuestionType::kYesNo;
    }
  }
  return QuestionType::kWhat;
}

// Where the question's scene-setting part begins ("what was rin wearing | at the meetup", "what
// did you do | when miku said she was nothing"): the first connective after the question has
// begun asking. The words before it ask; the words after it say when or where. A connective
// that opens the question ("when did you...") asks. Past the end when there is none.
std::size_t scene_start(const std::vector<std::string>& w) {
  bool asking = false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const auto& word = w[i];
    const bool connective = word == "when" || word == "while" || word == "after" ||
                            word == "before" || word == "during" || word == "at";
    if (connective && asking) return i;
    asking = asking || !is_greeting(word);
  }
  return w.size();
}

bool known(const std::string& word, const Knowledge& k) {
  return k.vocabulary.contains(word) || k.expansions.contains(word);
}

// The base form of a fan's word: an irregular lemma, else the first regular base form the
// corpus or the expansion table knows ("wearing" -> "wear", though "wearing" is a word too),
// else the word itself. The indexer reduces the article's words the same way.
std::string base_of(const std::string& word, const Knowledge& k) {
  if (auto it = k.lemmas.find(word); it != k.lemmas.end()) return it->second;
  // A word the article itself uses, or a name, is already what the fan means ("producer" is
  // not "produce").
  if (k.people.contains(word) || k.places.contains(word)) return word;
  // The article's own -er nouns ("lover", "singer") are not verbs plus -er.
  if (word.ends_with("er") && k.vocabulary.contains(word)) return word;
  const auto candidates = candidate_base_forms(word);
  for (std::size_t i = 1; i < candidates.size(); ++i) {
    if (known(candidates[i], k)) return candidates[i];
  }
  return word;
}

void add_term(TermGroup& group, const std::string& word, double weight, const Knowledge& k,
              bool curated = false) {
  std::string term = porter_stem(word);
  for (auto& t : group.terms) {
    if (t.term == term) {
      t.weight = std::max(t.weight, weight);
      t.curated = t.curated || curated;
      return;
    }
  }
  const int id = k.term_id(term);
  group.terms.push_back({word, std::move(term), weight, id, curated});
}

void add_expansions(TermGroup& group, const std::string& word, double scale, const Knowledge& k) {
  const auto it = k.expansions.find(word);
  if (it == k.expansions.end()) return;
  // WordNet's readings are noise next to a word the article itself uses ("place" -> "lay") or
  // a reading the hand lexicon gives ("speed" -> fast, not "race"): they count for less.
  const bool curated = std::any_of(it->second.begin(), it->second.end(),
                                   [](const Expansion& e) { return e.curated; });
  const double dictionary_scale =
      k.vocabulary.contains(word) || curated ? kKnownWordExpansionScale : 1.0;
  for (const auto& e : it->second) {
    // An alias is the same name (weight 1): only readings that may drift are scaled down.
    const double drift = e.weight >= 1.0 ? 1.0 : kExpansionScale;
    const double source = e.curated ? 1.0 : dictionary_scale;
    add_term(group, e.word, e.weight * scale * source * drift, k, e.curated);
  }
}

// "camuis", "mikus": a name with a possessive s and no apostrophe.
std::string possessive_name(const std::string& word, const Knowledge& k) {
  if (word.size() < 4 || word.back() != 's') return "";
  std::string name = word.substr(0, word.size() - 1);
  if (k.people.contains(name)) return name;
  if (auto it = k.expansions.find(name); it != k.expansions.end()) {
    for (const auto& e : it->second) {
      if (e.curated && k.people.contains(e.word)) return name;
    }
  }
  return "";
}

TermGroup group_for(const std::string& word, const Knowledge& k) {
  TermGroup group{word, {}};
  const std::string name = possessive_name(word, k);
  std::string base = name.empty() ? base_of(word, k) : name;
  double weight = 1.0;
  if (!known(base, k) && !k.people.contains(base) && !k.english_words.contains(base) &&
      !k.english_words.contains(word)) {
    if (std::string fixed = repair_spelling(base, k); !fixed.empty()) {
      base = base_of(fixed, k);
      weight = kTypoWeight;
    }
  }
  add_term(group, base, weight, k);
  add_expansions(group, base, weight, k);
  if (base != word) add_expansions(group, word, weight, k);
  return group;
}

}  // namespace

std::string_view question_type_name(QuestionType type) {
  switch (type) {
    case QuestionType::kWhat:
      return "what";
    case QuestionType::kWho:
      return "who";
    case QuestionType::kWhere:
      return "where";
    case QuestionType::kWhen:
      return "when";
    case QuestionType::kWhy:
      return "why";
    case QuestionType::kHow:
      return "how";
    case QuestionType::kYesNo:
      return "yes-no";
    case QuestionType::kRelation:
      return "relation";
  }
  return "what";
}

Question analyse_question(std::string_view message, const Knowledge& k) {
  // A database statement is not a question about the story, whatever its words mean.
  if (looks_like_sql(message.substr(0, kMaxQuestionBytes))) return {};
  auto tokens = tokenize(message);
  if (tokens.size() > kMaxQuestionWords) tokens.resize(kMaxQuestionWords);
  std::vector<std::pair<std::size_t, std::vector<std::string>>> phrase_readings;
  std::vector<bool> consumed;
  Question q;
  q.words = rewrite(std::move(tokens), k, phrase_readings, consumed);
  q.type = detect_type(q.words);
  for (const auto& word : q.words) {
    if (std::find(kQuoteWords.begin(), kQuoteWords.end(), word) != kQuoteWords.end()) {
      q.wants_quote = true;
    }
  }
  const std::size_t scene = scene_start(q.words);
  for (std::size_t i = 0; i < q.words.size(); ++i) {
    const auto& word = q.words[i];
    if (consumed[i] || is_stop_word(word) || word.size() < 2) continue;
    const auto next_is = [&](std::string_view next) {
      return i + 1 < q.words.size() && q.words[i + 1] == next;
    };
    // "tell me about..." is a request, not the verb the article uses; in "where does your speed
    // come from" the asking is "come from", the content is "speed".
    const bool filler_tell = word == "tell" && (next_is("me") || next_is("us"));
    const bool filler_origin = q.type == QuestionType::kWhy && next_is("from") &&
                               (word == "come" || word == "comes" || word == "came");
    // "did u ever *actually* tell her", "put it *online*": a modifier the article never uses
    // says how, not what; as a question word it would only count as a topic the article lacks.
    const bool foreign_modifier = k.modifier_words.contains(word) && !known(base_of(word, k), k);
    if (filler_tell || filler_origin || foreign_modifier || is_stop_word(base_of(word, k))) {
      continue;
    }
    TermGroup group = group_for(word, k);
    for (const auto& t : group.terms) {
      if (k.people.contains(t.word) && t.weight >= kNameWeight) {
        group.person_id = k.people.at(t.word).term_id;
        if (!contains(q.people, t.word)) q.people.push_back(t.word);
      }
    }
    group.setting = i >= scene;
    q.groups.push_back(std::move(group));
  }
  q.to_len = std::any_of(q.words.begin(), q.words.end(), [](const std::string& w) {
    return w == "you" || w == "your" || w == "yourself" || w == "yours";
  });
  for (const auto& [at, reading] : phrase_readings) {
    TermGroup group{"(phrase)", {}};
    for (const auto& word : reading) add_term(group, word, kPhraseWeight, k, true);
    group.setting = at >= scene;
    q.groups.push_back(std::move(group));
  }
  return q;
}

}  // namespace lenbot
