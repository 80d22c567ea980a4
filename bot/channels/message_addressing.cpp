#include "bot/channels/message_addressing.h"

#include <optional>

#include "bot/text/ascii.h"

namespace lenbot {
namespace {

constexpr std::string_view kQuizCommand = "!quiz";

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// `text` trimmed and, at the front, without the ",:" left by a mention.
std::string_view trim_after_mention(std::string_view text) {
  const std::size_t begin = text.find_first_not_of(" \t\r\n,:");
  if (begin == std::string_view::npos) return {};
  return trim(text.substr(begin));
}

// The rest of `text` after `prefix` (case-insensitive, ending a word), or nullopt.
std::optional<std::string_view> after_prefix(std::string_view text, std::string_view prefix) {
  if (prefix.empty() || !istarts_with(text, prefix)) return std::nullopt;
  const bool needs_boundary = is_word_char(prefix.back());
  if (needs_boundary && text.size() > prefix.size() && is_word_char(text[prefix.size()])) {
    return std::nullopt;
  }
  return trim(text.substr(prefix.size()));
}

// `text` with every "<@ID>" and "<@!ID>" removed; `found` says whether there was one.
std::string remove_mentions(std::string_view text, const std::string& bot_user_id, bool& found) {
  std::string out(text);
  if (bot_user_id.empty()) return out;
  for (const std::string& tag : {"<@" + bot_user_id + ">", "<@!" + bot_user_id + ">"}) {
    for (std::size_t at = out.find(tag); at != std::string::npos; at = out.find(tag, at)) {
      out.erase(at, tag.size());
      found = true;
    }
  }
  return out;
}

}  // namespace

AddressedMessage address_message(std::string_view text, const AddressingRules& rules,
                                 bool mentioned) {
  bool addressed = mentioned;
  const std::string unmentioned = remove_mentions(text, rules.bot_user_id, addressed);
  std::string_view rest = trim_after_mention(unmentioned);
  for (const std::string& prefix : rules.prefixes) {
    if (const auto after = after_prefix(rest, prefix)) {
      rest = *after;
      addressed = true;
      break;
    }
  }
  if (const auto quiz = after_prefix(rest, kQuizCommand)) {
    return {MessageIntent::kQuiz, std::string(*quiz)};
  }
  if (!addressed) return {};
  return {MessageIntent::kAsk, std::string(rest)};
}

}  // namespace lenbot
