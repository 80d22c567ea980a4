#pragma once
// Text analysis shared by the indexer and the query side, so both turn words into the same
// terms: lowercase ASCII words (apostrophe endings dropped), irregular forms mapped to their
// base form, then Porter stems as FTS5's porter tokenizer makes them.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "bot/text/search_words.h"  // tokenize, which both sides split text with
#include "bot/text/stop_words.h"    // is_stop_word, which both sides leave out

namespace lenbot {

// Maps irregular forms onto base forms (stole -> steal); loaded from the index.
using LemmaMap = std::unordered_map<std::string, std::string>;

// The base form of `word`: its irregular lemma when it has one, else the word.
const std::string& base_form(const LemmaMap& lemmas, const std::string& word);

// The index term for `word`: porter_stem(base_form(word)).
std::string term_of(const LemmaMap& lemmas, const std::string& word);

}  // namespace lenbot
