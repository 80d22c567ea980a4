#pragma once
// What a channel handler sees of an HTTP request and what it hands back, so handlers stay pure
// functions the HTTP layer (or a test) can call without a socket.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace lenbot {

// ASCII case-insensitive ordering: "x-signature-ed25519" finds "X-Signature-Ed25519".
struct CaseInsensitiveLess {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const;
};

using Headers = std::map<std::string, std::string, CaseInsensitiveLess>;

struct InboundRequest {
  Headers headers;          // one value per name; the HTTP layer keeps the first it saw
  std::string body;         // the raw bytes as received: signatures cover them exactly
  std::string remote_addr;  // peer address, for logs and rate limiting; may be empty
  std::int64_t now_unix = 0;

  // The value of header `name`, or nullopt when absent.
  std::optional<std::string_view> header(std::string_view name) const;
};

struct OutboundResponse {
  int status = 200;
  std::string content_type;  // empty when body is empty (204)
  std::string body;
};

}  // namespace lenbot
