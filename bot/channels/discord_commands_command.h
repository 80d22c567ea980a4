#pragma once
// `lenbot discord-commands [--compact] [--guild ID]`: prints the JSON body that registers the
// slash commands with Discord (bulk overwrite) for piping into curl, and on standard error the
// URL to PUT it to, filled in from discord.application_id (docs/discord.md):
//   lenbot discord-commands | curl -X PUT -H "Authorization: Bot $TOKEN"
//        -H 'Content-Type: application/json' -d @- "$(lenbot discord-commands --url)"
#include <iosfwd>
#include <string>

namespace lenbot {

struct DiscordCommandsOptions {
  bool compact = false;        // one line
  std::string guild;           // a guild id: the guild's commands instead of the global ones
  std::string application_id;  // from the config; the URL needs it
  bool url_only = false;       // print just the URL, for scripts
};

// Returns 0, or 2 with a message on `err` for a guild or application id that is not a
// Discord snowflake (digits), or --url without an application id.
int run_discord_commands_command(const DiscordCommandsOptions& options, std::ostream& out,
                                 std::ostream& err);

// https://discord.com/api/v10/applications/APP/commands, or .../guilds/GUILD/commands.
std::string discord_commands_url(const std::string& application_id, const std::string& guild);

}  // namespace lenbot
