#include "bot/channels/json_fields.h"

namespace lenbot {

const nlohmann::json& field(const nlohmann::json& object, std::string_view key) {
  static const nlohmann::json kNull;
  if (!object.is_object()) return kNull;
  const auto it = object.find(key);
  return it == object.end() ? kNull : *it;
}

std::string text_field(const nlohmann::json& object, std::string_view key) {
  const nlohmann::json& value = field(object, key);
  return value.is_string() ? value.get<std::string>() : std::string();
}

std::optional<std::int64_t> integer_field(const nlohmann::json& object, std::string_view key) {
  const nlohmann::json& value = field(object, key);
  if (!value.is_number_integer()) return std::nullopt;
  return value.get<std::int64_t>();
}

bool flag_field(const nlohmann::json& object, std::string_view key) {
  const nlohmann::json& value = field(object, key);
  if (value.is_boolean()) return value.get<bool>();
  return value.is_string() && value.get<std::string>() == "true";
}

}  // namespace lenbot
