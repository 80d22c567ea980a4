#pragma once
// Normalises free-text answers so "The Clown!", "the clown" and "clown" compare equal:
// lower case, "&" read as "and", punctuation and hyphens as spaces, spaces folded, and a
// leading "the", "a" or "an" dropped.
#include <cstdint>
#include <string>
#include <string_view>

namespace lenbot {

std::string normalize_answer(std::string_view text);

}  // namespace lenbot

namespace lenbot {

// True when `phrase` occurs in `text` as whole words, after normalising both.
bool mentions(std::string_view text, std::string_view phrase);

}  // namespace lenbot
