#include "bot/index/analyzer.h"

#include <algorithm>
#include <array>

#include "bot/index/porter_stemmer.h"

namespace lenbot {
namespace {

// Sorted, for binary search. Function words, auxiliaries, question words and chat filler.
constexpr auto kStopWords = std::to_array<std::string_view>({
    "a",      "about", "actually", "after",   "again", "all",      "also",     "am",    "an",
    "and",    "any",   "anyway",   "anyways", "are",   "as",       "at",       "be",    "been",
    "being",  "bro",   "bruh",     "but",     "by",    "can",      "could",    "did",   "didnt",
    "do",     "does",  "doesnt",   "doing",   "dont",  "dude",     "even",     "ever",  "exactly",
    "for",    "from",  "get",      "good",    "got",   "happen",   "happened", "has",   "have",
    "having", "he",    "her",      "hers",    "hey",   "hi",       "him",      "his",   "how",
    "i",      "if",    "in",       "into",    "is",    "it",       "its",      "just",  "kagamine",
    "len",    "like",  "lmao",     "lol",     "me",    "my",       "myself",   "nah",   "near",
    "ngl",    "of",    "off",      "ok",      "omg",   "on",       "or",       "our",   "out",
    "please", "pls",   "really",   "s",       "she",   "so",       "some",     "sorta", "stuff",
    "tbh",    "than",  "that",     "the",     "their", "them",     "then",     "there", "these",
    "they",   "thing", "things",   "this",    "those", "to",       "too",      "u",     "uh",
    "um",     "up",    "ur",       "us",      "very",  "was",      "wasnt",    "we",    "were",
    "what",   "whatd", "whats",    "when",    "where", "which",    "while",    "who",   "whom",
    "whos",   "whose", "why",      "will",    "with",  "would",    "ya",       "yall",  "yeah",
    "yo",     "you",   "your",     "youre",   "yours", "yourself",
});

bool is_ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// ASCII apostrophe, or U+2019 RIGHT SINGLE QUOTATION MARK starting at i.
std::size_t apostrophe_length(std::string_view text, std::size_t i) {
  if (text[i] == '\'') return 1;
  if (text.substr(i, 3) == "\xE2\x80\x99") return 3;
  return 0;
}

}  // namespace

std::vector<std::string> tokenize(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = lower(text[i]);
    if (is_ascii_alnum(c)) {
      word += c;
      continue;
    }
    if (const std::size_t length = apostrophe_length(text, i); length > 0 && !word.empty()) {
      // "len's" -> "len"; "didn't" -> "didnt"; "i'd" -> "i".
      const std::size_t next = i + length;
      if (next < text.size() && lower(text[next]) == 't' && word.ends_with('n')) {
        i = next - 1;
        continue;
      }
      std::size_t skip = next;
      while (skip < text.size() && is_ascii_alnum(lower(text[skip]))) ++skip;
      if (skip - next <= 2) i = skip - 1;  // 's 'd 'll 're 've 'm
    }
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

const std::string& base_form(const LemmaMap& lemmas, const std::string& word) {
  const auto it = lemmas.find(word);
  return it == lemmas.end() ? word : it->second;
}

std::string term_of(const LemmaMap& lemmas, const std::string& word) {
  return porter_stem(base_form(lemmas, word));
}

bool is_stop_word(std::string_view word) {
  static const auto sorted = [] {
    auto copy = kStopWords;
    std::sort(copy.begin(), copy.end());
    return copy;
  }();
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

}  // namespace lenbot
