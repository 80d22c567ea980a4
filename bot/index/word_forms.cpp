#include "bot/index/word_forms.h"

#include <algorithm>

namespace lenbot {
namespace {

// A suffix and what replaces it. `verbal` rules (-ing, -ed, -er, -est) may also have doubled
// the stem's last consonant or dropped its silent e, so they yield two stems.
struct SuffixRule {
  std::string_view suffix;
  std::string_view replacement;
  bool verbal;
};

// Specific suffixes before general ones, so their (likelier) candidates come first.
constexpr SuffixRule kRules[] = {
    {"ying", "ie", false},  // lying -> lie
    {"iest", "y", false},   // happiest -> happy
    {"ier", "y", false},    // happier -> happy
    {"ies", "y", false},    // buries -> bury
    {"ied", "y", false},    // cried -> cry
    {"ves", "f", false},    // wolves -> wolf
    {"ves", "fe", false},   // knives -> knife
    {"ing", "", true},     {"est", "", true}, {"ed", "", true},
    {"er", "", true},      {"es", "", false},  // glasses -> glass (sibilant stems only, see below)
    {"s", "", false},                          // pups -> pup
};

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

bool is_consonant(char c) { return c >= 'a' && c <= 'z' && !is_vowel(c); }

bool ends_in_sibilant(std::string_view stem) {
  return stem.ends_with('s') || stem.ends_with('x') || stem.ends_with('z') ||
         stem.ends_with("ch") || stem.ends_with("sh");
}

// -s is not a plural in glass, virus, this.
bool takes_plain_s_rule(std::string_view stem) {
  return !stem.ends_with('s') && !stem.ends_with('u') && !stem.ends_with('i');
}

// consonant-vowel-consonant ending (hop, swip, bak): the silent-e form is the likelier base.
bool ends_cvc(std::string_view stem) {
  const size_t n = stem.size();
  if (n < 2) return false;
  const char last = stem[n - 1];
  if (!is_consonant(last) || last == 'w' || last == 'x' || last == 'y') return false;
  if (!is_vowel(stem[n - 2])) return false;
  return n == 2 || is_consonant(stem[n - 3]);
}

void add(std::vector<std::string>& out, std::string_view candidate) {
  if (candidate.size() < 2 || std::none_of(candidate.begin(), candidate.end(), is_vowel)) return;
  if (std::find(out.begin(), out.end(), candidate) != out.end()) return;
  out.emplace_back(candidate);
}

void add_with_e(std::vector<std::string>& out, std::string_view stem) {
  std::string with_e;
  with_e.reserve(stem.size() + 1);
  with_e.append(stem).push_back('e');
  add(out, with_e);
}

// stopp -> stop, stopp; call -> call, cal; swip -> swipe, swip; crush -> crush, crushe.
void add_verbal_stems(std::vector<std::string>& out, std::string_view stem) {
  if (std::none_of(stem.begin(), stem.end(), is_vowel)) return;  // sing, red, bring
  const size_t n = stem.size();
  const bool doubled = n >= 3 && stem[n - 1] == stem[n - 2] && is_consonant(stem[n - 1]);
  if (doubled) {
    const char c = stem[n - 1];
    const bool base_keeps_double = c == 'l' || c == 's' || c == 'f' || c == 'z';
    if (base_keeps_double) add(out, stem);
    add(out, stem.substr(0, n - 1));
    if (!base_keeps_double) add(out, stem);
  } else if (ends_cvc(stem)) {
    add_with_e(out, stem);
    add(out, stem);
  } else {
    add(out, stem);
    add_with_e(out, stem);
  }
}

}  // namespace

std::vector<std::string> candidate_base_forms(std::string_view lowercase_word) {
  std::vector<std::string> out;
  out.reserve(6);
  out.emplace_back(lowercase_word);
  for (const auto& rule : kRules) {
    if (lowercase_word.size() <= rule.suffix.size() || !lowercase_word.ends_with(rule.suffix)) {
      continue;
    }
    const std::string_view stem =
        lowercase_word.substr(0, lowercase_word.size() - rule.suffix.size());
    if (rule.verbal) {
      add_verbal_stems(out, stem);
    } else if (rule.suffix == "es" && !ends_in_sibilant(stem)) {
      continue;
    } else if (rule.suffix == "s" && !takes_plain_s_rule(stem)) {
      continue;
    } else if (rule.replacement.empty()) {
      add(out, stem);
    } else {
      std::string base;
      base.reserve(stem.size() + rule.replacement.size());
      base.append(stem).append(rule.replacement);
      add(out, base);
    }
  }
  return out;
}

}  // namespace lenbot
