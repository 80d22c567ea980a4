// lenbot: wiring only. Picks the command, runs it, and turns start-up failures into a message
// that names the fix and a non-zero exit.
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <exception>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "bot/channels/discord_commands_command.h"
#include "bot/cli/commands.h"
#include "bot/cli/eval_command.h"
#include "bot/http/serve_command.h"
#include "bot/quiz/quiz_command.h"

namespace {

int dispatch(int argc, char** argv) {
  // The quiz parses its own options (it plays on standard input); serve reads its flags
  // through the config loader (file, LENBOT_* variables, flags).
  if (argc >= 2 && std::string_view(argv[1]) == "quiz") {
    return lenbot::run_quiz_command(argc - 1, argv + 1);
  }
  if (argc >= 2 && std::string_view(argv[1]) == "discord-commands") {
    return lenbot::run_discord_commands_command(std::vector<std::string>(argv + 2, argv + argc),
                                                std::cout, std::cerr);
  }
  if (argc >= 2 && std::string_view(argv[1]) == "serve") {
    return lenbot::run_serve_command(std::vector<std::string>(argv + 2, argv + argc));
  }
  std::vector<std::string> value_options = lenbot::kBotValueOptions;
  const std::vector<std::string> switches = {"--json", "--help"};
  const lenbot::CliArgs args = lenbot::parse_cli_args(argc, argv, value_options, switches);
  if (args.command.empty() || args.command == "help" || args.has_flag("--help")) {
    lenbot::print_help();
    return args.command.empty() && !args.has_flag("--help") ? 2 : 0;
  }
  if (args.command == "ask") return lenbot::run_ask(args);
  if (args.command == "chat") return lenbot::run_chat(args);
  if (args.command == "index") return lenbot::run_index(args);
  if (args.command == "eval") return lenbot::run_eval(args);
  if (args.command == "train") return lenbot::run_train(args);
  throw lenbot::UsageError("unknown command '" + args.command + "' (see lenbot --help)");
}

}  // namespace

int main(int argc, char** argv) {
  // Logs go to standard error: standard output carries replies (`ask --json` is one JSON object
  // per line).
  spdlog::set_default_logger(spdlog::stderr_color_mt("lenbot"));
  spdlog::set_pattern("%Y-%m-%d %H:%M:%S.%e %^%l%$ %v");
  try {
    return dispatch(argc, argv);
  } catch (const lenbot::UsageError& e) {
    std::cerr << "lenbot: " << e.what() << '\n';
    return 2;
  } catch (const std::exception& e) {
    spdlog::error("lenbot could not start: {}", e.what());
    return 1;
  }
}
