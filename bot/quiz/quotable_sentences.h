#pragma once
// Turns a plot segment into stand-alone sentences a quiz can quote: splits it, drops discourse
// connectives that point outside the sentence ("Despite this, "), names Len where the article
// says "he", ends it with a full stop, and tokenises it. Fragments that cannot stand alone
// ("only for her comrade to ...", a subject "she" or "they" with no name) are dropped.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lenbot {

struct Token {
  std::string word;       // letters, digits, inner '-' and '\''; a final "'s" is cut off
  std::size_t begin = 0;  // byte offsets in the sentence text, "'s" included
  std::size_t end = 0;
  bool possessive = false;  // the word ended in "'s"
  bool joined = false;      // only one space separates it from the previous token
};

struct Sentence {
  std::string text;  // cleaned, ends with '.', '!' or '?'
  std::vector<Token> tokens;
};

// Splits `text` into tokens (see Token).
std::vector<Token> sentence_tokens(std::string_view text);

// The sentences of one segment's text that can stand alone, cleaned; empty when none can.
std::vector<Sentence> quotable_sentences(std::string_view segment_text);

bool is_capitalised(std::string_view word);

}  // namespace lenbot
