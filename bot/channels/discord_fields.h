#pragma once
// Who invoked a Discord interaction, where, and with which options: lookups into the untrusted
// interaction object that never throw (a missing or mistyped field reads as empty).
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace lenbot {

// The invoking user: `member.user` in a guild, `user` in a DM; a null json when neither.
const nlohmann::json& interaction_user(const nlohmann::json& interaction);

// The user's global name, else username, else id; empty when none is a string.
std::string display_name(const nlohmann::json& user);

// `channel_id`, else `channel.id`; empty when neither is a string.
std::string interaction_channel_id(const nlohmann::json& interaction);

// The string value of the option called `name` in an `options` array, if present and a string.
std::optional<std::string> string_option(const nlohmann::json& options, std::string_view name);

}  // namespace lenbot
