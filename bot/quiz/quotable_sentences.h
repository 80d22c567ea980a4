#pragma once
// Turns a plot segment into stand-alone sentences a quiz can quote: splits it, drops discourse
// connectives that point outside the sentence ("Despite this, "), names Len where the article
// says "he", ends it with a full stop, and tokenises it. Fragments that cannot stand alone
// ("only for her comrade to ...", a subject "she" or "they" with no name) are dropped.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bot/text/sentence_tokens.h"

namespace lenbot {

struct Sentence {
  std::string text;  // cleaned, ends with '.', '!' or '?'
  std::vector<Token> tokens;
};

// The sentences of one segment's text that can stand alone, cleaned; empty when none can.
std::vector<Sentence> quotable_sentences(std::string_view segment_text);

// True when `word` starts with an ASCII capital letter.
bool is_capitalised(std::string_view word);

}  // namespace lenbot
