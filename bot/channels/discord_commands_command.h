#pragma once
// `lenbot discord-commands`: prints the JSON body that registers /ask and /quiz with Discord
// (bulk overwrite), for piping into curl (see docs/discord.md):
//   curl -X PUT -H "Authorization: Bot $TOKEN" -H 'Content-Type: application/json' -d @-
//        https://discord.com/api/v10/applications/$APP_ID/commands
#include <iosfwd>
#include <string>
#include <vector>

namespace lenbot {

// `args` are the words after "discord-commands": none, or --compact for one line. Returns 0,
// or 2 with a usage message on `err`.
int run_discord_commands_command(const std::vector<std::string>& args, std::ostream& out,
                                 std::ostream& err);

}  // namespace lenbot
