#include "bot/channels/chat_message_text.h"

#include <array>
#include <set>

namespace lenbot {
namespace {

constexpr std::string_view kEllipsis = "\u2026";
constexpr std::string_view kReplacement = "\uFFFD";
constexpr std::string_view kZeroWidthSpace = "\u200B";
constexpr std::string_view kLostForWords = "...Sorry, I lost my words there. Ask me again?";
constexpr std::size_t kMaxFootnoteSources = 3;
constexpr std::size_t kMaxSectionUnits = 60;
constexpr std::array<std::string_view, 4> kMassMentions = {"everyone", "here", "channel", "all"};

struct CodePoint {
  std::size_t bytes;  // how much of the input it spans (1 for an invalid byte)
  std::size_t units;  // UTF-16 code units it costs
  bool valid;
};

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Decodes one code point at text[pos], rejecting overlongs, surrogates and values past U+10FFFF.
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
    if (!is_continuation(static_cast<unsigned char>(text[pos + i]))) return {1, 1, false};
  }
  return {length, length == 4 ? 2u : 1u, true};
}

std::size_t utf16_units(std::string_view text) {
  std::size_t units = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const CodePoint cp = next_code_point(text, pos);
    units += cp.units;
    pos += cp.bytes;
  }
  return units;
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (lower(text[i]) != prefix[i]) return false;
  }
  return true;
}

std::string source_label(const Source& source) {
  std::string label;
  for (const int cite : source.cite) label += "[" + std::to_string(cite) + "]";
  const std::string section = truncate_utf8(source.section, kMaxSectionUnits);
  if (!label.empty() && !section.empty()) label += ' ';
  return label + section;
}

}  // namespace

std::string truncate_utf8(std::string_view text, std::size_t limit) {
  if (limit == 0) return {};
  std::string out;
  std::size_t units = 0;
  std::size_t fit_bytes = 0;   // longest prefix of `out` leaving room for the ellipsis
  std::size_t word_bytes = 0;  // the same, ending before a space
  for (std::size_t pos = 0; pos < text.size();) {
    const CodePoint cp = next_code_point(text, pos);
    if (units + cp.units > limit) {
      out.resize(word_bytes > fit_bytes / 2 ? word_bytes : fit_bytes);
      while (!out.empty() && is_space(out.back())) out.pop_back();
      return out + std::string(kEllipsis);
    }
    if (is_space(text[pos])) word_bytes = out.size();
    out += cp.valid ? text.substr(pos, cp.bytes) : kReplacement;
    units += cp.units;
    pos += cp.bytes;
    if (units < limit) fit_bytes = out.size();
  }
  return out;
}

std::string neutralise_mentions(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    out += text[pos];
    if (text[pos] != '@') continue;
    for (const std::string_view word : kMassMentions) {
      if (starts_with_ignoring_case(text.substr(pos + 1), word)) {
        out += kZeroWidthSpace;
        break;
      }
    }
  }
  return out;
}

std::string sources_footnote(const ChatReply& reply) {
  std::string footnote;
  std::set<std::string> seen;
  for (const Source& source : reply.sources) {
    if (seen.size() == kMaxFootnoteSources) break;
    std::string label = source_label(source);
    if (label.empty() || !seen.insert(label).second) continue;
    if (!footnote.empty()) footnote += " \u00B7 ";
    footnote += label;
  }
  return footnote;
}

std::string render_channel_text(const ChatReply& reply, FootnoteStyle style, std::size_t limit) {
  std::string footnote = neutralise_mentions(sources_footnote(reply));
  if (!footnote.empty()) {
    footnote = style == FootnoteStyle::kDiscordSubtext ? "\n-# sources: " + footnote
                                                       : "\n(sources: " + footnote + ")";
  }
  footnote = truncate_utf8(footnote, limit / 4);
  const std::string_view words = reply.reply.empty() ? kLostForWords : reply.reply;
  return truncate_utf8(neutralise_mentions(words), limit - utf16_units(footnote)) + footnote;
}

}  // namespace lenbot
