#pragma once
// Checks a request's head before any body is read or any route runs. cpp-httplib 0.11.4 (the
// Debian version) reads chunked bodies without a size limit, inflates gzip bodies and serves
// byte ranges, so framing it cannot bound is refused here, for every route alike.
#include <cstddef>
#include <optional>
#include <string_view>

#include "bot/wire/http_message.h"

namespace lenbot {

struct RequestLimits {
  std::size_t max_path = 256;     // bytes of the decoded path
  std::size_t max_target = 1024;  // bytes of the raw request target, query included
  std::size_t max_headers = 64;
  std::size_t body_limit = 65536;
};

// nullopt when the head is acceptable; otherwise the JSON error to send without reading the
// body: 405 unknown method, 414 long path, 431 too many headers, 411 Transfer-Encoding or a
// body-carrying method without Content-Length, 400 ambiguous framing, 415 Content-Encoding,
// 416 Range, 413 Content-Length over the limit. `head.body` is ignored.
std::optional<HttpResponse> check_request_head(const HttpRequest& head, std::string_view target,
                                               const RequestLimits& limits);

}  // namespace lenbot
