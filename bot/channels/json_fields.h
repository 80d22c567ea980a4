#pragma once
// Lookups into untrusted JSON that cannot throw: a field of the wrong type reads as absent, so
// handlers treat every odd payload as an expected miss rather than an exception.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace lenbot {

// object[key] when `object` is an object holding `key`; a null json otherwise.
const nlohmann::json& field(const nlohmann::json& object, std::string_view key);

// object[key] when it is a string; empty otherwise.
std::string text_field(const nlohmann::json& object, std::string_view key);

// object[key] when it is an integer; nullopt otherwise.
std::optional<std::int64_t> integer_field(const nlohmann::json& object, std::string_view key);

// object[key] when it is true, or the string "true" (form-encoded payloads); false otherwise.
bool flag_field(const nlohmann::json& object, std::string_view key);

}  // namespace lenbot
