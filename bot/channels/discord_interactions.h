#pragma once
// Discord's Interactions endpoint as a pure function: a signed interaction in, the interaction
// response out. Verifies before it parses, answers PING, /ask and (through hooks) /quiz, and
// turns every odd payload into a 4xx or an ephemeral in-character reply, never an exception.
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "bot/channels/discord_commands.h"
#include "bot/channels/discord_embed.h"
#include "bot/chat/chat_types.h"
#include "bot/wire/http_message.h"

namespace lenbot {

struct DiscordConfig {
  std::string public_key_hex;  // the application's public key (64 hex); empty -> 503
  std::string application_id;  // used to register commands, not to answer them
};

struct DiscordHooks {
  // The Bot core. Called once per /ask; exceptions are left to the HTTP layer.
  std::function<ChatReply(const ChatRequest&)> ask;
  // /quiz: the full interaction response ({"type":4,...}) or nullopt when not handled.
  std::function<std::optional<nlohmann::json>(const nlohmann::json& interaction)> quiz_command;
  // Buttons, menus and submitted forms (modals) whose custom_id starts with "quiz:"; same
  // contract as quiz_command.
  std::function<std::optional<nlohmann::json>(const nlohmann::json& interaction)> quiz_component;
  // Seconds the user must wait, or nullopt to go ahead. The key is "discord:<user id>".
  std::function<std::optional<int>(const std::string& user_key)> rate_limited;
  // The replay check: true the first time a (verified) signature is seen, false when the same
  // signed request comes again. Unset: no check.
  std::function<bool(const std::string& signature)> first_sighting;
  // Whether moderators blocked the channel (`lenbot admin block-channel`): /ask, /quiz and the
  // buttons then get one ephemeral line. Absent: nothing is blocked.
  std::function<bool(const std::string& channel_id)> channel_blocked;
  // /quizadmin, already checked to come from a member with Manage Server: the ephemeral line to
  // show. Absent: /quizadmin answers that it is not set up.
  std::function<std::string(const nlohmann::json& interaction)> admin_command;
  // Who signs public replies (/ask answers, quiz messages): the persona, read per request so a
  // reloaded persona shows at once. Absent: plain content, no embed (see discord_embed.h).
  std::function<EmbedAuthor()> author;
};

// 503 without a usable public key, 413 for an oversized body, 401 unless the Ed25519 signature
// over timestamp + body verifies and is fresh, 401 when that signature was already accepted
// (a replay; see first_sighting), 400 for a body that is not an interaction, and
// 200 with an interaction response otherwise (ephemeral for refusals, nudges and slow-downs:
// Discord does not retry a 429; public replies carry the `author` embed).
HttpResponse handle_discord_interaction(const HttpRequest& request, const DiscordConfig& config,
                                        const DiscordHooks& hooks);

}  // namespace lenbot
