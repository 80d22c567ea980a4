#pragma once
// Lenbot's slash commands as Discord wants them registered.
#include <nlohmann/json.hpp>

namespace lenbot {

// The body for PUT /applications/{application.id}/commands (bulk overwrite): /ask with a
// required `question` (max 500 characters) and /quiz with subcommands start (optional `until`:
// part1..part4), score, stop, leaderboard, answer (required `text`: fill-in questions have no
// buttons), hint and skip; and /quizadmin (reset-leaderboard, remove-user, block-channel,
// unblock-channel), shown only to members with Manage Server. Every command is guild-only
// (contexts [0]) and for server installs only (integration_types [0]).
nlohmann::json discord_command_definitions();

}  // namespace lenbot
