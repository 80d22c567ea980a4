#include "bot/chat/bot.h"

namespace lenbot {

// Placeholder until retrieval lands: answers every question with a fallback.
struct Bot::Impl {};

Bot::Bot(const BotOptions&) : impl_(std::make_unique<Impl>()) {}
Bot::~Bot() = default;

ChatReply Bot::ask(const ChatRequest&) {
  return {"Yo... dunno about that one.", "fallback", 0.0, {}};
}

}  // namespace lenbot
