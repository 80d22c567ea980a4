#pragma once
// Lenbot's slash commands as Discord wants them registered.
#include <nlohmann/json.hpp>

namespace lenbot {

// The body for PUT /applications/{application.id}/commands (bulk overwrite): /ask with a
// required `question` (max 500 characters) and /quiz with subcommands start (optional `until`:
// part1..part4), score, stop, leaderboard, answer (required `text`: fill-in questions have no
// buttons), hint and skip.
nlohmann::json discord_command_definitions();

}  // namespace lenbot
