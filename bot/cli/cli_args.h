#pragma once
// lenbot's one command-line parser. Every command takes the config flags (one per config key,
// "--state-db", "--port", plus --config; see bot/config/config.h) and its own options
// (`--json`, `--until PART`); `--name value` and `--name=value` both work, the rest is
// positional. Unknown options are errors the command reports.
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace lenbot {

class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct CliArgs {
  std::string command;                         // "ask", "chat", "index", "serve", ...
  std::map<std::string, std::string> options;  // the command's own: "--until" -> "part2"
  std::vector<std::string> flags;              // the command's switches, --help and --version
  std::vector<std::string> positional;         // the question words
  std::vector<std::string> config_args;        // config flags as "--name=value", in order
  std::vector<std::string> warnings;           // deprecated spellings that were used

  bool has_flag(const std::string& flag) const;
  std::optional<std::string> option(const std::string& name) const;
};

// `value_options` take a value; `switch_options` don't; --help and --version are always
// switches; config flags go to config_args. `--state` is the deprecated spelling of
// `--state-db`. Throws UsageError for anything else.
CliArgs parse_cli_args(int argc, char** argv, const std::vector<std::string>& value_options,
                       const std::vector<std::string>& switch_options);

}  // namespace lenbot
