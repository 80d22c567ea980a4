#pragma once
// Text shaping for replies: sentence endings, first-word case, placeholders, length limits.
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lenbot {

// Replies stay under chat's 2,000-character limit: bytes bound characters from above.
inline constexpr std::size_t kMaxReplyBytes = 1990;

// Trims spaces and makes the text end like a sentence: "a, " -> "a.", "b" -> "b.", "c!" stays.
std::string finish_sentence(std::string_view text);

// Lower-cases the first word for use after "Yo," unless it is "I"/"I'm"..., an acronym, or a
// proper noun: a known person, a word of `names`, or a word `text` capitalises mid-sentence.
std::string lower_first_word(std::string_view text, const std::vector<std::string>& names);

// Replaces each "{key}" in one pass, so inserted values are never scanned again; unknown
// placeholders stay as written. A value that opens a sentence gets an upper-case first letter.
std::string fill_placeholders(std::string_view line,
                              const std::vector<std::pair<std::string, std::string>>& values);

}  // namespace lenbot
