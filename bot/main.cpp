// lenbot: wiring only. Parses the one command line, builds the Config, runs the command, and
// turns start-up failures into a message that names the fix and a non-zero exit.
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <exception>
#include <iostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "bot/channels/discord_commands_command.h"
#include "bot/cli/admin_command.h"
#include "bot/cli/backup_command.h"
#include "bot/cli/commands.h"
#include "bot/cli/eval_command.h"
#include "bot/cli/quiz_command.h"
#include "bot/config/version.h"
#include "bot/http/serve_command.h"
#include "bot/storage/database.h"

namespace {

// Each command's own options; every command also takes the config flags.
struct CommandOptions {
  std::vector<std::string> values;
  std::vector<std::string> switches;
};

CommandOptions options_of(std::string_view command) {
  if (command == "ask" || command == "chat") {
    return {{"--until", "--user", "--conversation"}, {"--json"}};
  }
  if (command == "quiz") {
    return {{"--until", "--user", "--channel", "--aliases", "--export", "--out"}, {"--shuffle"}};
  }
  if (command == "discord-commands") return {{"--guild"}, {"--compact", "--url"}};
  if (command == "eval") return {{"--cv", "--ablate"}, {"--pairwise", "--confidence-right"}};
  if (command == "train") return {{"--out"}, {}};
  return {};
}

// The command word: the first that names one, so a flag's value before it ("lenbot --config
// /etc/lenbot/lenbot.json admin ...") is not taken for the command.
std::string command_of(int argc, char** argv) {
  static const std::set<std::string_view> kCommands = {
      "ask",  "chat",  "quiz", "index", "serve", "backup", "admin", "discord-commands",
      "eval", "train", "help"};
  for (int i = 1; i < argc; ++i) {
    if (kCommands.contains(argv[i])) return argv[i];
  }
  return "";
}

// The quiz keeps its own option reader (tests drive it with words); it gets the Config's paths.
int run_quiz(const lenbot::CliArgs& args, const lenbot::Config& config) {
  std::vector<std::string> words = {"--corpus",     config.corpus, "--persona",
                                    config.persona, "--state",     config.state_db};
  for (const auto& [name, value] : args.options) words.insert(words.end(), {name, value});
  for (const auto& flag : args.flags) words.push_back(flag);
  return lenbot::run_quiz_command(words, std::cin, std::cout, std::cerr);
}

int dispatch(int argc, char** argv) {
  const std::string command = command_of(argc, argv);
  const CommandOptions own = options_of(command);
  const lenbot::CliArgs args = lenbot::parse_cli_args(argc, argv, own.values, own.switches);
  if (args.has_flag("--version")) {
    std::cout << "lenbot " << lenbot::version() << '\n';
    return 0;
  }
  if (args.command.empty() || args.command == "help" || args.has_flag("--help")) {
    lenbot::print_help(args.command);
    return args.command.empty() && !args.has_flag("--help") ? 2 : 0;
  }
  for (const auto& warning : args.warnings) spdlog::warn("{}", warning);
  const lenbot::Config config = lenbot::command_config(args);
  if (args.command == "ask") return lenbot::run_ask(args, config);
  if (args.command == "chat") return lenbot::run_chat(args, config);
  if (args.command == "index") return lenbot::run_index(config);
  if (args.command == "serve") {
    return lenbot::run_serve_command(config, [&args] { return lenbot::command_config(args); });
  }
  if (args.command == "quiz") return run_quiz(args, config);
  if (args.command == "backup") return lenbot::run_backup_command(args.positional, config);
  if (args.command == "admin") return lenbot::run_admin_command(args.positional, config);
  if (args.command == "discord-commands") {
    return lenbot::run_discord_commands_command(
        {args.has_flag("--compact"), args.option("--guild").value_or(""),
         config.discord.application_id, args.has_flag("--url")},
        std::cout, std::cerr);
  }
  if (args.command == "eval") return lenbot::run_eval(args, config);
  if (args.command == "train") return lenbot::run_train(args, config);
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
  } catch (const lenbot::ConfigError& e) {
    spdlog::error("config: {}", e.what());
    return 2;
  } catch (const lenbot::StateUnavailable& e) {
    // A PostgreSQL state_db that refuses us or cannot be reached: as `serve` says it.
    spdlog::error("state_db: {}", e.what());
    return 2;
  } catch (const std::exception& e) {
    spdlog::error("lenbot could not start: {}", e.what());
    return 1;
  }
}
