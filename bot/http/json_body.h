#pragma once
// Request bodies as JSON, refusing what could hurt before the parser sees it: nesting deeper
// than a limit (deep values make recursive destruction and dumping deep too).
#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "bot/text/utf8.h"

namespace lenbot {

inline constexpr std::size_t kMaxJsonDepth = 64;

// The deepest nesting of arrays and objects in `text`, counting brackets outside strings; stops
// counting once past `limit` (returns limit + 1). Does not validate the rest of the syntax.
std::size_t json_nesting_depth(std::string_view text, std::size_t limit = kMaxJsonDepth);

struct JsonBody {
  std::optional<nlohmann::json> value;  // set when the body parsed
  std::string error;                    // set otherwise: what to tell the client
};

// Parses `body`; never throws. Errors: "request body is not valid JSON", "JSON nested too
// deeply". Strings must be valid UTF-8 (the parser refuses anything else).
JsonBody parse_json_body(std::string_view body, std::size_t max_depth = kMaxJsonDepth);

}  // namespace lenbot
