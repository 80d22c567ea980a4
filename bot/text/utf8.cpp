#include "bot/text/utf8.h"

#include <algorithm>

namespace lenbot {
namespace {

constexpr std::string_view kEllipsis = "\u2026";
constexpr std::string_view kReplacement = "\uFFFD";

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
bool ends_sentence(char c) { return c == '.' || c == '!' || c == '?'; }

// What `cp` costs in the output, where an invalid byte becomes U+FFFD.
std::size_t cost(const CodePoint& cp, TextUnit unit) {
  if (unit == TextUnit::kUtf16) return cp.utf16_units;
  return cp.valid ? cp.bytes : kReplacement.size();
}

}  // namespace

CodePoint next_code_point(std::string_view text, std::size_t pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80) return {1, 1, true};
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return {1, 1, false};
  }
  if (pos + length > text.size()) return {1, 1, false};
  const auto second = static_cast<unsigned char>(text[pos + 1]);
  if (second < low || second > high) return {1, 1, false};
  for (std::size_t i = 2; i < length; ++i) {
    if (!is_continuation(text[pos + i])) return {1, 1, false};
  }
  return {length, length == 4 ? 2u : 1u, true};
}

std::size_t utf8_length(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return !is_continuation(c); }));
}

std::size_t utf16_length(std::string_view text) {
  std::size_t units = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const CodePoint cp = next_code_point(text, pos);
    units += cp.utf16_units;
    pos += cp.bytes;
  }
  return units;
}

std::string truncate_text(std::string_view text, std::size_t limit, TextUnit unit) {
  const std::size_t ellipsis = unit == TextUnit::kUtf16 ? 1 : kEllipsis.size();
  std::string out;
  std::size_t units = 0;
  std::size_t fit_bytes = 0;       // longest prefix of `out` leaving room for the ellipsis
  std::size_t fit_units = 0;       // its length in units
  std::size_t word_bytes = 0;      // the same, ending before a space
  std::size_t word_units = 0;      // its length in units
  std::size_t sentence_bytes = 0;  // the longest prefix ending ". ", "! " or "? " (space cut)
  std::size_t sentence_units = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const CodePoint cp = next_code_point(text, pos);
    const std::size_t step = cost(cp, unit);
    if (units + step > limit) {
      if (sentence_units > limit / 2) return out.substr(0, sentence_bytes);
      if (limit < ellipsis) return out;  // no room for "…": as much as fits
      out.resize(word_units > fit_units / 2 ? word_bytes : fit_bytes);
      while (!out.empty() && (is_space(out.back()) || out.back() == ',' || out.back() == ';')) {
        out.pop_back();
      }
      return out + std::string(kEllipsis);
    }
    if (is_space(text[pos]) && units <= fit_units) {
      word_bytes = out.size();
      word_units = units;
    }
    if (is_space(text[pos]) && !out.empty() && ends_sentence(out.back())) {
      sentence_bytes = out.size();
      sentence_units = units;
    }
    out += cp.valid ? text.substr(pos, cp.bytes) : kReplacement;
    units += step;
    pos += cp.bytes;
    if (units + ellipsis <= limit) {
      fit_bytes = out.size();
      fit_units = units;
    }
  }
  return out;
}

}  // namespace lenbot
