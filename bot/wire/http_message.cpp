#include "bot/wire/http_message.h"

#include "bot/text/ascii.h"

namespace lenbot {
bool HeaderNameLess::operator()(std::string_view a, std::string_view b) const {
  return iless(a, b);
}

std::optional<std::string_view> HttpRequest::header(std::string_view name) const {
  const auto it = headers.lower_bound(name);  // the first of equal keys, unlike find()
  if (it == headers.end() || headers.key_comp()(name, it->first)) return std::nullopt;
  return it->second;
}

void HttpRequest::set_header(std::string_view name, std::string value) {
  const auto [first, last] = headers.equal_range(name);
  headers.erase(first, last);
  headers.emplace(std::string(name), std::move(value));
}

std::optional<std::string_view> HttpRequest::param(std::string_view name) const {
  const auto it = params.lower_bound(name);
  if (it == params.end() || it->first != name) return std::nullopt;
  return it->second;
}

std::string to_json_text(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

HttpResponse json_reply(int status, const nlohmann::json& body) {
  return {status, "application/json", to_json_text(body), {}};
}

HttpResponse error_reply(int status, std::string_view message) {
  return json_reply(status, {{"error", std::string(message)}});
}

HttpResponse no_content() { return {204, "", "", {}}; }

}  // namespace lenbot
