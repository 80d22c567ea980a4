#include "bot/channels/chat_message_text.h"

#include <array>
#include <set>

#include "bot/text/ascii.h"
#include "bot/text/utf8.h"

namespace lenbot {
namespace {

constexpr std::string_view kZeroWidthSpace = "\u200B";
constexpr std::string_view kLostForWords = "...Sorry, I lost my words there. Ask me again?";
constexpr std::size_t kMaxFootnoteSources = 3;
constexpr std::size_t kMaxSectionUnits = 60;
constexpr std::array<std::string_view, 4> kMassMentions = {"everyone", "here", "channel", "all"};

std::string source_label(const Source& source) {
  std::string label;
  for (const int cite : source.cite) label += "[" + std::to_string(cite) + "]";
  const std::string section = truncate_text(source.section, kMaxSectionUnits, TextUnit::kUtf16);
  if (!label.empty() && !section.empty()) label += ' ';
  return label + section;
}

}  // namespace

std::string neutralise_mentions(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    out += text[pos];
    if (text[pos] != '@') continue;
    for (const std::string_view word : kMassMentions) {
      if (istarts_with(text.substr(pos + 1), word)) {
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
  footnote = truncate_text(footnote, limit / 4, TextUnit::kUtf16);
  const std::string_view words = reply.reply.empty() ? kLostForWords : reply.reply;
  return truncate_text(neutralise_mentions(words), limit - utf16_length(footnote),
                       TextUnit::kUtf16) +
         footnote;
}

}  // namespace lenbot
