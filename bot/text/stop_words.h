#pragma once
// The two word lists search leaves out, for two purposes, so neither is tuned for the other.
#include <string_view>

namespace lenbot {

// English function words and chat filler too common in fan questions to carry meaning
// ("bro", "tbh", "happened", "len"): never indexed, never searched for.
bool is_stop_word(std::string_view word);

// English function words, including those WordNet also lists as content words ("will" the
// document, "may" the month): never expanded to WordNet synonyms.
bool is_function_word(std::string_view word);

}  // namespace lenbot
