#pragma once
// The hand lexicon (corpus/lexicon.tsv): chat spelling, name aliases, fan words and phrases,
// and the series' people, places and fallback topics. Format and rules are in the file's header.
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace lenbot {

class LexiconError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct LexiconEntry {
  std::string kind;  // slang, alias, synonym, phrase, person, place, topic
  std::string from;  // lowercase words, space separated
  std::string to;    // lowercase words, or a display name for person/place/topic
};

struct Lexicon {
  std::vector<LexiconEntry> entries;
};

// Throws LexiconError naming the line for an unknown kind or a line without three fields.
Lexicon parse_lexicon(std::string_view text);
Lexicon load_lexicon(const std::string& path);

}  // namespace lenbot
