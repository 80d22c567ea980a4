#include "bot/cli/cli_args.h"

#include <algorithm>
#include <filesystem>

namespace lenbot {

bool CliArgs::has_flag(const std::string& flag) const {
  return std::find(flags.begin(), flags.end(), flag) != flags.end();
}

std::optional<std::string> CliArgs::option(const std::string& name) const {
  const auto it = options.find(name);
  if (it == options.end()) return std::nullopt;
  return it->second;
}

CliArgs parse_cli_args(int argc, char** argv, const std::vector<std::string>& value_options,
                       const std::vector<std::string>& switch_options) {
  CliArgs args;
  const auto takes_value = [&](const std::string& name) {
    return std::find(value_options.begin(), value_options.end(), name) != value_options.end();
  };
  const auto is_switch = [&](const std::string& name) {
    return std::find(switch_options.begin(), switch_options.end(), name) != switch_options.end();
  };
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg.size() > 2 && arg.starts_with("--")) {
      const auto equals = arg.find('=');
      const std::string name = arg.substr(0, equals);
      if (takes_value(name)) {
        if (equals != std::string::npos) {
          args.options[name] = arg.substr(equals + 1);
        } else if (i + 1 < argc) {
          args.options[name] = argv[++i];
        } else {
          throw UsageError(name + " needs a value");
        }
      } else if (is_switch(name) && equals == std::string::npos) {
        args.flags.push_back(name);
      } else {
        throw UsageError("unknown option " + name);
      }
    } else if (args.command.empty()) {
      args.command = arg;
    } else {
      args.positional.push_back(arg);
    }
  }
  return args;
}

std::string resolve_project_path(const std::string& path) {
  namespace fs = std::filesystem;
  if (path.empty() || fs::path(path).is_absolute() || fs::exists(path)) return path;
  const fs::path in_source = fs::path(LENBOT_SOURCE_DIR) / path;
  return fs::exists(in_source) ? in_source.string() : path;
}

}  // namespace lenbot
