#pragma once
// UTF-8 as lenbot measures and cuts it. Code points are decoded strictly: overlong forms,
// surrogates and values past U+10FFFF are invalid, and each invalid byte counts as one U+FFFD.
#include <cstddef>
#include <string>
#include <string_view>

namespace lenbot {

struct CodePoint {
  std::size_t bytes = 1;        // how much of the input it spans (1 for an invalid byte)
  std::size_t utf16_units = 1;  // UTF-16 code units it costs (2 past U+FFFF)
  bool valid = false;
};

// The code point starting at text[pos]; pos must be < text.size().
CodePoint next_code_point(std::string_view text, std::size_t pos);

// Number of code points in `text`, counting lead bytes (continuation bytes are not counted).
std::size_t utf8_length(std::string_view text);

// Length of `text` in UTF-16 code units, as Discord and JavaScript clients count it.
std::size_t utf16_length(std::string_view text);

// The unit a text limit is stated in.
enum class TextUnit { kBytes, kUtf16 };

// `text` as valid UTF-8 (invalid bytes become U+FFFD) of at most `limit` units. When it does not
// fit it ends at a sentence end in the later half of the limit, else at a space in the later half
// (or mid-word when there is none) followed by "…"; it is never cut inside a code point.
std::string truncate_text(std::string_view text, std::size_t limit, TextUnit unit);

}  // namespace lenbot
