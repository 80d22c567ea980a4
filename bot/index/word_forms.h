#pragma once
// Regular English inflections undone by suffix stripping, shared by the indexer and the query
// side so both reduce a word the same way. Pure string work: no dictionary, no I/O, no state.
#include <string>
#include <string_view>
#include <vector>

namespace lenbot {

// Returns `lowercase_word` itself, then the plausible regular base forms in the order a caller
// should try them against a vocabulary (first hit wins): "swiped" -> {"swiped", "swipe",
// "swip"}, "stopped" -> {"stopped", "stop", "stopp"}, "buries" -> {"buries", "bury", "burie"}.
// Rules cover -s, -es, -ies, -ves, -ed, -ied, -ing, -ying, -er, -ier, -est, -iest with consonant
// undoubling and a restored silent e. Candidates may be non-words; every candidate has a vowel and
// at least two letters, and none repeats. Irregular forms (stole, men) are not guessed: they come
// from WordNet's exception lists.
std::vector<std::string> candidate_base_forms(std::string_view lowercase_word);

}  // namespace lenbot
