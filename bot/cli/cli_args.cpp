#include "bot/cli/cli_args.h"

#include <algorithm>

#include "bot/config/config.h"

namespace lenbot {
namespace {

bool contains(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

bool CliArgs::has_flag(const std::string& flag) const { return contains(flags, flag); }

std::optional<std::string> CliArgs::option(const std::string& name) const {
  const auto it = options.find(name);
  if (it == options.end()) return std::nullopt;
  return it->second;
}

CliArgs parse_cli_args(int argc, char** argv, const std::vector<std::string>& value_options,
                       const std::vector<std::string>& switch_options) {
  CliArgs args;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg.size() <= 2 || !arg.starts_with("--")) {
      if (args.command.empty()) {
        args.command = arg;
      } else {
        args.positional.push_back(arg);
      }
      continue;
    }
    const auto equals = arg.find('=');
    std::string name = arg.substr(0, equals);
    if (name == "--state") {
      // ask and chat said --state where serve said --state-db; the config key's name won.
      args.warnings.push_back("--state is deprecated; use --state-db");
      name = "--state-db";
    }
    const bool own = contains(value_options, name);
    if (own || is_config_flag(name)) {
      std::string value;
      if (equals != std::string::npos) {
        value = arg.substr(equals + 1);
      } else if (i + 1 < argc) {
        value = argv[++i];
      } else {
        throw UsageError(name + " needs a value");
      }
      if (own) {
        args.options[name] = value;
      } else {
        args.config_args.push_back(name + "=" + value);
      }
    } else if (equals == std::string::npos &&
               (contains(switch_options, name) || name == "--help" || name == "--version")) {
      args.flags.push_back(name);
    } else {
      throw UsageError("unknown option " + name);
    }
  }
  return args;
}

}  // namespace lenbot
