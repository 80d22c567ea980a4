#include "bot/quiz/wordnet_classes.h"

#include <array>
#include <unordered_map>

#include "bot/text/ascii.h"

namespace lenbot {
namespace {

// WordNet's own morphology (morphy, morph.c of WordNet 3.0), so the quiz reads words as
// libwordnet's morphstr() did: the exception list first, then the detachment rules of the part
// of speech, taking the first result WordNet lists under that part of speech.
struct Detachment {
  std::string_view suffix;
  std::string_view ending;
};
constexpr std::array<Detachment, 8> kNounRules = {{{"s", ""},
                                                   {"ses", "s"},
                                                   {"xes", "x"},
                                                   {"zes", "z"},
                                                   {"ches", "ch"},
                                                   {"shes", "sh"},
                                                   {"men", "man"},
                                                   {"ies", "y"}}};
constexpr std::array<Detachment, 8> kVerbRules = {{{"s", ""},
                                                   {"ies", "y"},
                                                   {"es", "e"},
                                                   {"es", ""},
                                                   {"ed", "e"},
                                                   {"ed", ""},
                                                   {"ing", "e"},
                                                   {"ing", ""}}};
constexpr std::array<Detachment, 4> kAdjRules = {
    {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}}};

class Dictionary {
 public:
  Dictionary() : data_(default_wordnet_dir()) {
    for (WordNetPos pos : kAllWordNetPos) {
      // A form with several bases lists each; morphstr() gives the first.
      for (const auto& [form, base] : data_.exceptions(pos)) exceptions(pos).emplace(form, base);
    }
  }

  const WordNetData& data() const { return data_; }
  bool defined(std::string_view lemma, WordNetPos pos) const {
    return !data_.senses(lemma, pos).empty();
  }

  // morphstr(): a base form of `key` (lowercase, '_' for spaces) other than itself that WordNet
  // lists under `pos`; nullopt when there is none.
  std::optional<std::string> base_form(const std::string& key, WordNetPos pos) const {
    if (auto base = exception(key, pos); base && *base != key) return std::string(*base);
    if (pos != WordNetPos::kVerb) {
      if (auto base = morph_word(key, pos); base && *base != key) return base;
    }
    // A collocation word by word ("tokyo_domes"), or a verb as a whole.
    std::string joined;
    std::size_t start = 0;
    while (start <= key.size()) {
      const std::size_t end = std::min(key.find_first_of("_-", start), key.size());
      const std::string word = key.substr(start, end - start);
      joined += morph_word(word, pos).value_or(word);
      if (end < key.size()) joined += key[end];
      start = end + 1;
    }
    if (joined != key && defined(joined, pos)) return joined;
    return std::nullopt;
  }

 private:
  std::unordered_map<std::string_view, std::string_view>& exceptions(WordNetPos pos) {
    return exceptions_[static_cast<std::size_t>(pos)];
  }
  std::optional<std::string_view> exception(const std::string& word, WordNetPos pos) const {
    const auto& map = exceptions_[static_cast<std::size_t>(pos)];
    const auto it = map.find(word);
    if (it == map.end()) return std::nullopt;
    return it->second;
  }

  // morphword(): one word's base by exception or detachment, as morph.c has it.
  std::optional<std::string> morph_word(const std::string& word, WordNetPos pos) const {
    if (auto base = exception(word, pos)) return std::string(*base);
    if (pos == WordNetPos::kAdv) return std::nullopt;
    std::string stem = word;
    std::string_view end;
    if (pos == WordNetPos::kNoun) {
      if (word.size() > 3 && word.ends_with("ful")) {  // "cupsful" -> "cupful"
        stem = word.substr(0, word.size() - 3);
        end = "ful";
      } else if (word.ends_with("ss") || word.size() <= 2) {
        return std::nullopt;
      }
    }
    const auto try_rules = [&](const auto& rules) -> std::optional<std::string> {
      for (const auto& rule : rules) {
        if (!stem.ends_with(rule.suffix)) continue;
        std::string base = stem.substr(0, stem.size() - rule.suffix.size());
        base += rule.ending;
        if (base != stem && defined(base, pos)) return base + std::string(end);
      }
      return std::nullopt;
    };
    if (pos == WordNetPos::kNoun) return try_rules(kNounRules);
    if (pos == WordNetPos::kVerb) return try_rules(kVerbRules);
    return try_rules(kAdjRules);
  }

  WordNetData data_;
  std::array<std::unordered_map<std::string_view, std::string_view>, 4> exceptions_;
};

// Opened once, on first use; read-only afterwards, so shared by every thread.
const Dictionary& dictionary() {
  static const Dictionary kDictionary;
  return kDictionary;
}

// Lower-cased, spaces as underscores: WordNet's index key.
std::string key_of(std::string_view word) {
  std::string key;
  for (char c : word) key += c == ' ' ? '_' : ascii_lower(c);
  return key;
}

// WordNet's lexicographer files (lexnames(5WN)) the quiz asks about.
std::optional<AnswerType> type_of_lex_file(int lex_file) {
  switch (lex_file) {
    case 5:
      return AnswerType::kAnimal;
    case 6:
      return AnswerType::kArtifact;
    case 13:
      return AnswerType::kFood;
    case 15:
      return AnswerType::kLocation;
    case 18:
      return AnswerType::kPerson;
    case 20:
      return AnswerType::kPlant;
    case 28:
      return AnswerType::kTime;
    default:
      return std::nullopt;
  }
}

// The noun senses of the base form of `key` ("arms" is an arm before it is weapons), or of
// `key` itself.
std::vector<uint32_t> noun_senses(const std::string& key) {
  const Dictionary& d = dictionary();
  if (auto base = d.base_form(key, WordNetPos::kNoun)) {
    auto senses = d.data().senses(*base, WordNetPos::kNoun);
    if (!senses.empty()) return senses;
  }
  return d.data().senses(key, WordNetPos::kNoun);
}

}  // namespace

std::optional<AnswerType> noun_type(std::string_view word) {
  const auto senses = noun_senses(key_of(word));
  if (senses.empty()) return std::nullopt;
  return type_of_lex_file(dictionary().data().synset(WordNetPos::kNoun, senses[0]).lex_file);
}

std::optional<std::string> verb_base(std::string_view word) {
  return dictionary().base_form(key_of(word), WordNetPos::kVerb);
}

bool is_noun(std::string_view word) { return !noun_senses(key_of(word)).empty(); }

bool has_adverb_sense(std::string_view word) {
  return dictionary().defined(key_of(word), WordNetPos::kAdv);
}

bool is_inflected_adjective(std::string_view word) {
  return dictionary().base_form(key_of(word), WordNetPos::kAdj).has_value();
}

bool is_plural_noun(std::string_view word) {
  return dictionary().base_form(key_of(word), WordNetPos::kNoun).has_value();
}

}  // namespace lenbot
