#pragma once
// Splits a sentence into words with their byte offsets, so a quiz can blank a word out of the
// text and know which words follow one another.
#include <cstddef>
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

// The words of `text`: runs of ASCII letters and digits with inner '-' and '\''.
std::vector<Token> sentence_tokens(std::string_view text);

}  // namespace lenbot
