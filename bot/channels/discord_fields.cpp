#include "bot/channels/discord_fields.h"

#include "bot/channels/json_fields.h"

namespace lenbot {

const nlohmann::json& interaction_user(const nlohmann::json& interaction) {
  const nlohmann::json& member_user = field(field(interaction, "member"), "user");
  return member_user.is_object() ? member_user : field(interaction, "user");
}

std::string display_name(const nlohmann::json& user) {
  for (const char* key : {"global_name", "username", "id"}) {
    std::string name = text_field(user, key);
    if (!name.empty()) return name;
  }
  return {};
}

std::string interaction_channel_id(const nlohmann::json& interaction) {
  std::string id = text_field(interaction, "channel_id");
  return id.empty() ? text_field(field(interaction, "channel"), "id") : id;
}

std::optional<std::string> string_option(const nlohmann::json& options, std::string_view name) {
  if (!options.is_array()) return std::nullopt;
  for (const nlohmann::json& option : options) {
    const nlohmann::json& value = field(option, "value");
    if (text_field(option, "name") == name && value.is_string()) return value.get<std::string>();
  }
  return std::nullopt;
}

}  // namespace lenbot
