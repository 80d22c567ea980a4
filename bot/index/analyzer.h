#pragma once
// Text analysis shared by the indexer and the query side, so both turn words into the same
// terms: lowercase ASCII words (apostrophe endings dropped), irregular forms mapped to their
// base form, then Porter stems as FTS5's porter tokenizer makes them.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lenbot {

// Lowercase ASCII words of `text`, in order. Bytes outside ASCII (emoji, Japanese, invalid
// UTF-8) separate words and are otherwise ignored; "len's" gives "len", "didn't" gives "didnt".
std::vector<std::string> tokenize(std::string_view text);

// Maps irregular forms onto base forms (stole -> steal); loaded from the index.
using LemmaMap = std::unordered_map<std::string, std::string>;

// The base form of `word`: its irregular lemma when it has one, else the word.
const std::string& base_form(const LemmaMap& lemmas, const std::string& word);

// The index term for `word`: porter_stem(base_form(word)).
std::string term_of(const LemmaMap& lemmas, const std::string& word);

// True for English function words and words too common in fan questions to carry meaning.
bool is_stop_word(std::string_view word);

}  // namespace lenbot
