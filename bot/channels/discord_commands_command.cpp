#include "bot/channels/discord_commands_command.h"

#include <ostream>

#include "bot/channels/discord_commands.h"

namespace lenbot {
namespace {

bool is_snowflake(const std::string& id) {
  return !id.empty() && id.size() <= 20 && id.find_first_not_of("0123456789") == std::string::npos;
}

}  // namespace

std::string discord_commands_url(const std::string& application_id, const std::string& guild) {
  std::string url = "https://discord.com/api/v10/applications/" + application_id;
  if (!guild.empty()) url += "/guilds/" + guild;
  return url + "/commands";
}

int run_discord_commands_command(const DiscordCommandsOptions& options, std::ostream& out,
                                 std::ostream& err) {
  if (!options.guild.empty() && !is_snowflake(options.guild)) {
    err << "lenbot discord-commands: --guild takes a server id (digits), not '" << options.guild
        << "'\n";
    return 2;
  }
  const bool have_app = is_snowflake(options.application_id);
  if (!options.application_id.empty() && !have_app) {
    err << "lenbot discord-commands: discord.application_id must be digits\n";
    return 2;
  }
  if (options.url_only) {
    if (!have_app) {
      err << "lenbot discord-commands: --url needs discord.application_id in the config\n";
      return 2;
    }
    out << discord_commands_url(options.application_id, options.guild) << "\n";
    return 0;
  }
  out << discord_command_definitions().dump(options.compact ? -1 : 2) << "\n";
  if (have_app) {
    err << "PUT this to " << discord_commands_url(options.application_id, options.guild) << "\n";
  }
  return 0;
}

}  // namespace lenbot
