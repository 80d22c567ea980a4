#pragma once
// The few response shapes both channel handlers return. Serialising never throws: invalid UTF-8
// that slipped into a string is replaced with U+FFFD instead of raising type_error 316.
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "bot/channels/channel_io.h"

namespace lenbot {

std::string dump_json(const nlohmann::json& value);

// `status` with `body` as application/json.
OutboundResponse json_response(int status, const nlohmann::json& body);

// `status` with {"error": message}; the message names the fix, never internals.
OutboundResponse json_error(int status, std::string_view message);

// 204 with no body: the channel heard the message and chose to stay quiet.
OutboundResponse no_content();

}  // namespace lenbot
