#include "bot/channels/discord_commands_command.h"

#include <ostream>

#include "bot/channels/discord_commands.h"

namespace lenbot {

int run_discord_commands_command(const std::vector<std::string>& args, std::ostream& out,
                                 std::ostream& err) {
  const bool compact = args.size() == 1 && args[0] == "--compact";
  if (!args.empty() && !compact) {
    err << "usage: lenbot discord-commands [--compact]\n";
    return 2;
  }
  out << discord_command_definitions().dump(compact ? -1 : 2) << "\n";
  return 0;
}

}  // namespace lenbot
