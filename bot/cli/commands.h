#pragma once
// lenbot's command-line commands over the Bot core, each built from the one Config (file,
// LENBOT_* variables, flags). Each returns the process exit code.
#include "bot/chat/bot.h"
#include "bot/chat/bot_config.h"
#include "bot/cli/cli_args.h"
#include "bot/config/config.h"

namespace lenbot {

// The Config a command runs with: args.config_args over the environment and the config file,
// relative paths against find_base_dir(). Throws ConfigError.
Config command_config(const CliArgs& args);

int run_ask(const CliArgs& args, const Config& config);   // lenbot ask [--json] "question"
int run_chat(const CliArgs& args, const Config& config);  // interactive terminal chat
int run_index(const Config& config);                      // rebuild the index now

// Help for `command` ("" for the overview); every command's --help prints it and exits 0.
void print_help(const std::string& command);

}  // namespace lenbot
