#include "bot/persona/closed_word_classes.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <utility>
#include <vector>

namespace lenbot::words {
namespace {

// A sorted list of words, built once, searched in O(log n): the rewriter runs per answer.
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) : words_(words) {
    std::sort(words_.begin(), words_.end());
  }
  bool contains(std::string_view word) const {
    return std::binary_search(words_.begin(), words_.end(), word);
  }

 private:
  std::vector<std::string_view> words_;
};

const WordSet kMaleWords = {"Abe",     "Abe-san", "Camui",     "Gackpo",   "dog",      "McDonald",
                            "Putin",   "Ronald",  "Teppannov", "Urusei",   "boy",      "clown",
                            "comrade", "man",     "nemesis",   "opponent", "producer", "uploader"};
const WordSet kFemaleWords = {"Elena", "Hatsune", "Irina", "Miku", "Rin", "girl", "woman"};

const WordSet kAuxiliaries = {
    "am",     "are",  "aren't",  "can",     "can't", "could",  "couldn't", "did",
    "didn't", "do",   "does",    "doesn't", "had",   "hadn't", "has",      "hasn't",
    "have",   "is",   "isn't",   "may",     "might", "must",   "should",   "wasn't",
    "was",    "were", "weren't", "will",    "won't", "would",  "wouldn't"};
// Irregular past tenses the article uses; regular ones end in "-ed".
const WordSet kIrregularPast = {
    "ate",   "became", "began",      "bid",    "bought", "broke", "brought", "came",    "caught",
    "chose", "drew",   "fell",       "felt",   "fled",   "flew",  "fought",  "found",   "gave",
    "got",   "grew",   "heard",      "held",   "hid",    "hit",   "kept",    "knew",    "lay",
    "led",   "left",   "let",        "lost",   "made",   "meant", "met",     "paid",    "put",
    "ran",   "rode",   "sang",       "sat",    "saw",    "said",  "sent",    "shot",    "slept",
    "spent", "stood",  "stole",      "struck", "swore",  "took",  "taught",  "thought", "threw",
    "told",  "tore",   "understood", "went",   "woke",   "won",   "wore",    "wrote"};
const WordSet kAdverbs = {"again",       "already",   "also", "always", "even",
                          "ever",        "instead",   "just", "later",  "never",
                          "nonetheless", "not",       "now",  "often",  "once",
                          "perhaps",     "sometimes", "soon", "still",  "then"};
const WordSet kClauseOpeners = {"although", "and",     "as",    "because", "but",  "if",
                                "or",       "so",      "then",  "though",  "when", "whenever",
                                "where",    "whereas", "while", "yet"};
const WordSet kMainClauseOpeners = {"and", "but", "so", "then", "yet"};
const WordSet kPrepositions = {"about",   "after", "against", "around", "at",   "before", "behind",
                               "between", "by",    "for",     "from",   "in",   "into",   "like",
                               "near",    "of",    "on",      "over",   "than", "to",     "toward",
                               "towards", "under", "with",    "without"};
// Words ending in "s" that are not third-person verbs.
const WordSet kNotVerbsInS = {"as", "has", "his", "is", "its", "this", "thus", "us", "was", "yes"};

const WordSet kFamilyNames = {"Hatsune", "Kagamine", "Megurine"};
const WordSet kLabelNouns = {"data", "file", "program", "self"};

// Base form -> simple past, for the irregular verbs; regular ones take "-ed".
const std::vector<std::pair<std::string_view, std::string_view>>& irregular_pasts() {
  static const std::vector<std::pair<std::string_view, std::string_view>> kPasts = [] {
    std::vector<std::pair<std::string_view, std::string_view>> pasts = {
        {"be", "was"},        {"become", "became"}, {"begin", "began"},
        {"break", "broke"},   {"bring", "brought"}, {"buy", "bought"},
        {"catch", "caught"},  {"choose", "chose"},  {"come", "came"},
        {"do", "did"},        {"draw", "drew"},     {"eat", "ate"},
        {"fall", "fell"},     {"feel", "felt"},     {"fight", "fought"},
        {"find", "found"},    {"flee", "fled"},     {"fly", "flew"},
        {"get", "got"},       {"give", "gave"},     {"go", "went"},
        {"grow", "grew"},     {"have", "had"},      {"hear", "heard"},
        {"hide", "hid"},      {"hit", "hit"},       {"hold", "held"},
        {"keep", "kept"},     {"know", "knew"},     {"lead", "led"},
        {"leave", "left"},    {"let", "let"},       {"lose", "lost"},
        {"make", "made"},     {"meet", "met"},      {"pay", "paid"},
        {"put", "put"},       {"run", "ran"},       {"say", "said"},
        {"see", "saw"},       {"send", "sent"},     {"shoot", "shot"},
        {"sing", "sang"},     {"sit", "sat"},       {"sleep", "slept"},
        {"spend", "spent"},   {"stand", "stood"},   {"steal", "stole"},
        {"strike", "struck"}, {"swear", "swore"},   {"take", "took"},
        {"teach", "taught"},  {"tell", "told"},     {"tear", "tore"},
        {"think", "thought"}, {"throw", "threw"},   {"understand", "understood"},
        {"wake", "woke"},     {"win", "won"},       {"wear", "wore"},
        {"write", "wrote"}};
    std::sort(pasts.begin(), pasts.end());
    return pasts;
  }();
  return kPasts;
}

bool ends_with(std::string_view word, std::string_view suffix) {
  return word.size() > suffix.size() && word.ends_with(suffix);
}

bool is_lower_word(std::string_view word) {
  return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
    return std::islower(static_cast<unsigned char>(c)) != 0;
  });
}

}  // namespace

Person person_of(std::string_view word) {
  if (word == "Len") return Person::kLen;
  if (kMaleWords.contains(word)) return Person::kMale;
  if (kFemaleWords.contains(word)) return Person::kFemale;
  return Person::kNone;
}

bool is_finite_verb(std::string_view word) {
  if (kAuxiliaries.contains(word) || kIrregularPast.contains(word)) return true;
  return is_lower_word(word) && word.size() > 3 && word.ends_with("ed");
}

bool is_adverb(std::string_view word) {
  return kAdverbs.contains(word) || (is_lower_word(word) && ends_with(word, "ly"));
}

bool opens_clause(std::string_view word) { return kClauseOpeners.contains(word); }

bool opens_main_clause(std::string_view word) { return kMainClauseOpeners.contains(word); }

bool is_preposition(std::string_view word) { return kPrepositions.contains(word); }

bool is_family_name(std::string_view word) { return kFamilyNames.contains(word); }

bool is_label_noun(std::string_view word) { return kLabelNouns.contains(word); }

std::string past_tense(std::string_view verb) {
  const auto& pasts = irregular_pasts();
  const auto it = std::lower_bound(pasts.begin(), pasts.end(), std::pair{verb, std::string_view{}});
  if (it != pasts.end() && it->first == verb) return std::string(it->second);
  std::string past(verb);
  if (past.empty()) return past;
  if (past.back() == 'e') return past + "d";
  const auto vowel = [](char c) {
    return std::string_view("aeiou").find(c) != std::string_view::npos;
  };
  if (past.size() > 1 && past.back() == 'y' && !vowel(past[past.size() - 2])) {
    past.back() = 'i';
    return past + "ed";
  }
  // One syllable ending consonant-vowel-consonant doubles the consonant: "stop" -> "stopped",
  // "grab" -> "grabbed" ("shoot", "malfunction", "fix" do not).
  const std::size_t n = past.size();
  const bool one_vowel_group =
      std::count_if(past.begin(), past.end(), vowel) == 1 && n >= 3 && n <= 4;
  if (one_vowel_group && !vowel(past[n - 1]) && vowel(past[n - 2]) && !vowel(past[n - 3]) &&
      std::string_view("wxy").find(past.back()) == std::string_view::npos) {
    return past + past.back() + "ed";
  }
  return past + "ed";
}

bool is_name_word(std::string_view word) {
  return word.size() > 1 && std::isupper(static_cast<unsigned char>(word[0])) != 0 &&
         std::islower(static_cast<unsigned char>(word[1])) != 0;
}

std::string first_person_verb(std::string_view verb) {
  if (verb == "is") return "am";
  if (verb == "isn't") return "am not";
  if (verb == "has") return "have";
  if (verb == "hasn't") return "haven't";
  if (verb == "does") return "do";
  if (verb == "doesn't") return "don't";
  if (verb == "goes") return "go";
  if (!is_lower_word(verb) || verb.size() < 3 || !verb.ends_with('s')) return std::string(verb);
  if (kNotVerbsInS.contains(verb) || verb.ends_with("ss") || verb.ends_with("us")) {
    return std::string(verb);
  }
  if (ends_with(verb, "ies")) return std::string(verb.substr(0, verb.size() - 3)) + "y";
  for (std::string_view sibilant : {"ches", "shes", "sses", "xes", "zes", "oes"}) {
    if (ends_with(verb, sibilant)) return std::string(verb.substr(0, verb.size() - 2));
  }
  return std::string(verb.substr(0, verb.size() - 1));
}

}  // namespace lenbot::words
