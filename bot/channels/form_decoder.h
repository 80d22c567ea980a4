#pragma once
// application/x-www-form-urlencoded, as Mattermost and Rocket.Chat send outgoing webhooks.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace lenbot {

// Fields past this many make the whole body malformed, so a hostile body cannot grow a map.
inline constexpr std::size_t kMaxFormFields = 64;

// `text` with %XX escapes decoded and '+' read as a space; nullopt for a broken escape.
std::optional<std::string> percent_decode(std::string_view text);

// The body as a JSON object of string values, so form and JSON payloads read the same way. The
// first occurrence of a repeated name wins; empty names are skipped. nullopt for a broken escape
// or more than kMaxFormFields fields. Values may hold any bytes, including invalid UTF-8.
std::optional<nlohmann::json> decode_form(std::string_view body);

}  // namespace lenbot
