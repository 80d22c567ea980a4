#include "bot/http/json_body.h"

#include <algorithm>

namespace lenbot {

std::size_t json_nesting_depth(std::string_view text, std::size_t limit) {
  std::size_t depth = 0;
  std::size_t deepest = 0;
  bool in_string = false;
  bool escaped = false;
  for (char c : text) {
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
      if (deepest > limit) return limit + 1;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return deepest;
}

JsonBody parse_json_body(std::string_view body, std::size_t max_depth) {
  if (json_nesting_depth(body, max_depth) > max_depth)
    return {std::nullopt, "JSON nested too deeply"};
  nlohmann::json value = nlohmann::json::parse(body, nullptr, false);
  if (value.is_discarded()) return {std::nullopt, "request body is not valid JSON"};
  return {std::move(value), ""};
}

}  // namespace lenbot
