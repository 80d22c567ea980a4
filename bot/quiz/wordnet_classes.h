#pragma once
// What WordNet 3.0 says about an English word, reduced to what question generation needs.
// Read through the index's direct reader (bot/index/wordnet_data.h) with WordNet's own
// morphology (morphy) for base forms. The first call opens default_wordnet_dir() ($WNSEARCHDIR,
// else /usr/share/wordnet); after that the data is read-only and every thread may call these.
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "bot/index/wordnet_data.h"  // WordNetError
#include "bot/quiz/quiz_question.h"

namespace lenbot {

// The answer type of the most frequent noun sense of `word` (a phrase may use spaces); nullopt
// when WordNet has no noun for it or its first sense is of another class (noun.act, ...).
// Throws WordNetError when the WordNet data cannot be opened.
std::optional<AnswerType> noun_type(std::string_view word);

// The base form of an inflected verb ("threw" -> "throw", "arrived" -> "arrive"); nullopt when
// `word` is no inflected verb form.
std::optional<std::string> verb_base(std::string_view word);

// True when WordNet knows `word` as a noun (in any form) / as an adverb.
bool is_noun(std::string_view word);
bool has_adverb_sense(std::string_view word);

// True for a comparative or superlative adjective form ("closer", "happier").
bool is_inflected_adjective(std::string_view word);

// True for a plural noun form ("headphones", "trees").
bool is_plural_noun(std::string_view word);

}  // namespace lenbot
