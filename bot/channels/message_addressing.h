#pragma once
// Whether a chat message is for Len, and what is left once the way it addressed him is removed.
// Len only speaks when spoken to, so a channel full of fans is not a channel full of bot.
#include <string>
#include <string_view>
#include <vector>

namespace lenbot {

struct AddressingRules {
  // Matched case-insensitively at the start; one ending in a letter must end a word there
  // ("!len hi" is addressed, "!lenny" is not).
  std::vector<std::string> prefixes = {"len,", "!len", "len:"};
  std::string bot_user_id;  // "<@ID>" or "<@!ID>" anywhere in the text addresses Len
};

enum class MessageIntent { kIgnore, kAsk, kQuiz };

struct AddressedMessage {
  MessageIntent intent = MessageIntent::kIgnore;
  std::string text;  // kAsk: the question (may be empty); kQuiz: what follows "!quiz"
};

// kQuiz for "!quiz ..." (addressed or not), kAsk for text that starts with a prefix or mentions
// the bot (`mentioned` when the payload's mention list names it), kIgnore otherwise.
AddressedMessage address_message(std::string_view text, const AddressingRules& rules,
                                 bool mentioned);

}  // namespace lenbot
