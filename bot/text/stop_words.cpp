#include "bot/text/stop_words.h"

#include <algorithm>
#include <array>
#include <unordered_set>

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

// Function words WordNet lists as content words ("will" the document, "can" the container, "may"
// the month, "does" the plural of doe): mapping them would drag unrelated passages into every
// question. Also the corpus's own stop words (be, have, do, get, ...), too common to retrieve by.
const std::unordered_set<std::string_view> kFunctionWords = {
    "a",       "about",    "above",      "after",   "again",   "against", "all",     "also",
    "am",      "an",       "and",        "any",     "are",     "as",      "at",      "back",
    "be",      "because",  "been",       "before",  "being",   "below",   "between", "both",
    "but",     "by",       "can",        "could",   "did",     "do",      "does",    "doing",
    "done",    "down",     "during",     "each",    "even",    "ever",    "few",     "for",
    "from",    "further",  "get",        "got",     "had",     "has",     "have",    "having",
    "he",      "her",      "here",       "hers",    "herself", "him",     "himself", "his",
    "how",     "i",        "if",         "in",      "into",    "is",      "it",      "its",
    "itself",  "just",     "least",      "less",    "like",    "made",    "make",    "many",
    "may",     "me",       "might",      "more",    "most",    "much",    "must",    "my",
    "myself",  "never",    "no",         "nor",     "not",     "now",     "of",      "off",
    "often",   "on",       "once",       "one",     "only",    "or",      "other",   "ought",
    "our",     "ours",     "ourselves",  "out",     "over",    "own",     "quite",   "rather",
    "really",  "same",     "shall",      "she",     "should",  "so",      "some",    "still",
    "such",    "than",     "that",       "the",     "their",   "theirs",  "them",    "themselves",
    "then",    "there",    "these",      "they",    "thing",   "this",    "those",   "though",
    "through", "thus",     "to",         "too",     "under",   "until",   "up",      "upon",
    "us",      "very",     "was",        "we",      "well",    "were",    "what",    "when",
    "where",   "whether",  "which",      "while",   "who",     "whom",    "whose",   "why",
    "will",    "with",     "within",     "without", "would",   "yet",     "you",     "your",
    "yours",   "yourself", "yourselves", "u",       "ur",      "len",     "rin",
};

}  // namespace

bool is_stop_word(std::string_view word) {
  static const auto sorted = [] {
    auto copy = kStopWords;
    std::sort(copy.begin(), copy.end());
    return copy;
  }();
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

bool is_function_word(std::string_view word) { return kFunctionWords.contains(word); }

}  // namespace lenbot
