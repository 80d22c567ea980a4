#pragma once
// Command-line options shared by lenbot's commands: `--name value` / `--name=value` options and
// `--flag` switches, the rest positional. Unknown options are errors the command reports.
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
  std::map<std::string, std::string> options;  // "--db" -> "data/x.db"
  std::vector<std::string> flags;              // "--json"
  std::vector<std::string> positional;         // the question words

  bool has_flag(const std::string& flag) const;
  std::optional<std::string> option(const std::string& name) const;
};

// `value_options` take a value; `switch_options` don't. Throws UsageError for anything else.
CliArgs parse_cli_args(int argc, char** argv, const std::vector<std::string>& value_options,
                       const std::vector<std::string>& switch_options);

// `path` when it exists relative to the working directory, else the same path under the
// source tree lenbot was built from (so the binary works from any directory of a checkout).
std::string resolve_project_path(const std::string& path);

}  // namespace lenbot
