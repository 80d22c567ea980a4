#pragma once
// ASCII case folding and white space, the one copy every module uses. Bytes outside ASCII pass
// through untouched, so UTF-8 text stays valid and no locale is consulted.
#include <string>
#include <string_view>

namespace lenbot {

// The white space trim() and is_blank() skip: what std::isspace accepts in the "C" locale.
inline constexpr std::string_view kBlankChars = " \t\n\r\f\v";

constexpr char ascii_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}
constexpr char ascii_upper(char c) {
  return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

// `text` with A-Z folded to a-z.
std::string ascii_lower(std::string_view text);

// ASCII case-insensitive equality, prefix test and ordering ("Content-Type" ~ "content-type").
bool iequals(std::string_view a, std::string_view b);
bool istarts_with(std::string_view text, std::string_view prefix);
bool iless(std::string_view a, std::string_view b);

// `text` without leading and trailing `chars`.
std::string_view trim(std::string_view text, std::string_view chars = kBlankChars);

// True when `text` is empty or only white space.
bool is_blank(std::string_view text);

}  // namespace lenbot
