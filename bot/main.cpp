// lenbot: wiring only. Picks the subcommand and hands it the remaining words.
#include <spdlog/spdlog.h>

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "bot/http/serve_command.h"

namespace {

struct Command {
  std::string_view name;
  int (*run)(const std::vector<std::string>& args);
  std::string_view summary;
};

// One line per subcommand; each lives in its own file.
constexpr Command kCommands[] = {
    {"serve", lenbot::run_serve_command, "serve the chat page and the HTTP API"},
};

int usage() {
  std::fputs("usage: lenbot <command> [flags]\n\ncommands:\n", stderr);
  for (const auto& command : kCommands) {
    std::fprintf(stderr, "  %-8.*s %.*s\n", static_cast<int>(command.name.size()),
                 command.name.data(), static_cast<int>(command.summary.size()),
                 command.summary.data());
  }
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage();
  const std::string_view name = argv[1];
  for (const auto& command : kCommands) {
    if (command.name == name) {
      try {
        return command.run(std::vector<std::string>(argv + 2, argv + argc));
      } catch (const std::exception& e) {
        spdlog::error("{}: {}", name, e.what());
        return 1;
      }
    }
  }
  return usage();
}
