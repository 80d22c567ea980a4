#include "bot/channels/channel_response.h"

namespace lenbot {

std::string dump_json(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

OutboundResponse json_response(int status, const nlohmann::json& body) {
  return {status, "application/json", dump_json(body)};
}

OutboundResponse json_error(int status, std::string_view message) {
  return json_response(status, {{"error", message}});
}

OutboundResponse no_content() { return {204, "", ""}; }

}  // namespace lenbot
