#include "bot/http/body_fields.h"

#include <algorithm>

#include "bot/text/ascii.h"

namespace lenbot {

JsonBody parse_json_object(std::string_view body) {
  JsonBody parsed = parse_json_body(body);
  if (parsed.value && !parsed.value->is_object()) {
    return {std::nullopt, "request body must be a JSON object"};
  }
  return parsed;
}

bool read_optional_string(const nlohmann::json& body, std::string_view name, std::string& out) {
  const auto it = body.find(name);
  if (it == body.end() || it->is_null()) return true;
  if (!it->is_string()) return false;
  out = it->get<std::string>();
  return true;
}

std::string read_text_field(const nlohmann::json& body, std::string_view name,
                            std::size_t max_chars, std::string& out) {
  const std::string quoted = "\"" + std::string(name) + "\"";
  const auto it = body.find(name);
  if (it == body.end() || !it->is_string()) return quoted + " must be a string";
  out = it->get<std::string>();
  if (is_blank(out)) return quoted + " is empty";
  if (utf8_length(out) > max_chars) {
    return quoted + " is longer than " + std::to_string(max_chars) + " characters";
  }
  return "";
}

std::string read_until(const nlohmann::json& body, std::optional<StoryPart>& out) {
  std::string until;
  if (!read_optional_string(body, "until", until)) return "\"until\" must be a string";
  if (until.empty()) return "";
  out = parse_part(until);
  if (!out) return "\"until\" must be one of part1, part2, part3, part4";
  return "";
}

}  // namespace lenbot
