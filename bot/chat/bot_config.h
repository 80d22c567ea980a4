#pragma once
// The Bot's options as the validated Config states them: the one mapping every command uses.
#include "bot/chat/bot.h"
#include "bot/config/config.h"

namespace lenbot {

BotOptions bot_options_from(const Config& config);

}  // namespace lenbot
