#pragma once
// Spelling repair for a fan's word the index does not know ("coudlnt", "arround", "beleive",
// "pasttime"): the nearest word the index does know by Damerau-Levenshtein distance (a swap of
// two neighbouring letters is one edit), at most one edit for words of up to 7 letters and two
// for longer ones, same first letter. At the same distance a corpus word wins over a chat
// spelling, then a WordNet word that reaches the corpus, then any other English word ("arround"
// -> "around"); among equals the commoner corpus word. A known English
// word is never "corrected" (the caller checks; see question.cpp).
#include <string>
#include <string_view>

#include "bot/retrieval/knowledge.h"

namespace lenbot {

inline constexpr std::size_t kMinRepairLength = 5;  // shorter words too easily become others

// The optimal-string-alignment distance between `a` and `b`, or limit + 1 once it is larger.
std::size_t damerau_levenshtein(std::string_view a, std::string_view b, std::size_t limit);

// The repaired word, or "" when `word` is too short, not lowercase letters, or nothing is near.
std::string repair_spelling(const std::string& word, const Knowledge& knowledge);

}  // namespace lenbot
