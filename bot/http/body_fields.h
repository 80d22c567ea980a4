#pragma once
// Field checks shared by the JSON request codecs (chat, quiz). Each reads one field of a request
// object and returns the 400 message when the field is unusable, "" when it is fine; none throws.
#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "bot/http/json_body.h"
#include "bot/ingest/article.h"

namespace lenbot {

// parse_json_body() that also requires an object: "request body must be a JSON object".
JsonBody parse_json_object(std::string_view body);

// Optional string field: absent or null leaves `out` alone. False when present but not a string.
bool read_optional_string(const nlohmann::json& body, std::string_view name, std::string& out);

// Required, non-blank string field of at most `max_chars` code points, into `out`. Messages:
// "\"name\" must be a string", "\"name\" is empty", "\"name\" is longer than N characters".
std::string read_text_field(const nlohmann::json& body, std::string_view name,
                            std::size_t max_chars, std::string& out);

// Optional "until" ("part1".."part4", see parse_part): absent, null or "" leaves `out` alone.
// Messages: "\"until\" must be a string", "\"until\" must be one of part1, part2, part3, part4".
std::string read_until(const nlohmann::json& body, std::optional<StoryPart>& out);

}  // namespace lenbot
