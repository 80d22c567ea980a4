#pragma once
// What a route or channel handler sees of an HTTP request and what it returns: plain values with
// no httplib types, so handlers are pure functions a test can call without a socket. Both http/
// and channels/ use these; nothing here knows a route or a channel.
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lenbot {

// ASCII case-insensitive ordering, so header("content-type") finds "Content-Type".
struct HeaderNameLess {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const;
};

using HeaderMap = std::multimap<std::string, std::string, HeaderNameLess>;
using QueryParams = std::multimap<std::string, std::string, std::less<>>;

struct HttpRequest {
  std::string method;  // "GET", "POST", ... ("HEAD" is served by the GET handler)
  std::string path;    // decoded path without the query, e.g. "/api/chat"
  HeaderMap headers;
  std::string body;           // raw bytes as received (at most the configured body limit)
  std::string remote_addr;    // the socket peer; never taken from a header
  QueryParams params;         // decoded query parameters
  std::int64_t now_unix = 0;  // the clock when a channel handler runs (signature freshness)

  // The first value of header `name`, or nullopt when absent.
  std::optional<std::string_view> header(std::string_view name) const;
  // Replaces every value of header `name` (any case) with the one `value`.
  void set_header(std::string_view name, std::string value);
  // The first value of query parameter `name`, or nullopt when absent.
  std::optional<std::string_view> param(std::string_view name) const;
};

struct HttpResponse {
  int status = 200;
  std::string content_type;  // empty only when body is empty
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // extra headers, e.g. Retry-After
};

// `value` serialised; invalid UTF-8 inside strings becomes U+FFFD instead of throwing.
std::string to_json_text(const nlohmann::json& value);

// `status` with `body` as application/json.
HttpResponse json_reply(int status, const nlohmann::json& body);

// `status` with {"error": message}. The message is for the client: never exception text.
HttpResponse error_reply(int status, std::string_view message);

// 204 with no body: the handler heard the request and chose to stay quiet.
HttpResponse no_content();

}  // namespace lenbot
