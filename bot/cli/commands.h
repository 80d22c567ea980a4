#pragma once
// lenbot's command-line commands over the Bot core. Each returns the process exit code.
#include "bot/chat/bot.h"
#include "bot/cli/cli_args.h"

namespace lenbot {

// The options every command that builds a Bot understands, and the help text for them.
extern const std::vector<std::string> kBotValueOptions;
BotOptions bot_options_from(const CliArgs& args);

int run_ask(const CliArgs& args);    // lenbot ask [--json] [--until partN] "question" | stdin batch
int run_chat(const CliArgs& args);   // interactive terminal chat
int run_index(const CliArgs& args);  // rebuild the index now
void print_help();

}  // namespace lenbot
