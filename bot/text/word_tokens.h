#pragma once
// Splits a sentence into words and the separators between them, so the person rewriter can
// replace words and put the text back together byte for byte.
#include <string_view>
#include <vector>

namespace lenbot {

struct WordToken {
  std::string_view text;        // "Len's", "he'd", "Abe-san"
  std::string_view bare;        // text without a trailing "'s" / "’s"
  std::string_view sep_before;  // everything between the previous word and this one
  bool possessive = false;      // text ended in "'s"
  bool quoted = false;          // inside quotation marks: copied untouched
  bool sentence_start = false;  // first word, or first after an unquoted . ! ?
};

struct WordTokens {
  std::vector<WordToken> words;
  std::string_view tail;  // everything after the last word
};

// Words are runs of letters, digits and non-ASCII bytes, with inner apostrophes and hyphens.
// Any bytes are accepted; the views point into `text`, which must outlive the result.
WordTokens split_words(std::string_view text);

}  // namespace lenbot
