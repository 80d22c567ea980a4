#include "bot/http/request_guard.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace lenbot {
namespace {

constexpr std::array<std::string_view, 7> kMethods = {"GET",   "HEAD",   "POST",   "PUT",
                                                      "PATCH", "DELETE", "OPTIONS"};

bool carries_body(std::string_view method) {
  return method == "POST" || method == "PUT" || method == "PATCH";
}

// 400/413 for a bad Content-Length, nullopt when it is absent or fine.
std::optional<HttpResponse> check_content_length(const HttpRequest& head,
                                                 const RequestLimits& limits) {
  const auto count = head.headers.count("Content-Length");
  if (count == 0) {
    if (carries_body(head.method)) return error_reply(411, "Content-Length required");
    return std::nullopt;
  }
  if (count > 1) return error_reply(400, "more than one Content-Length");
  const std::string_view text = *head.header("Content-Length");
  std::size_t length = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), length);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
    return error_reply(400, "Content-Length is not a number");
  }
  if (length > limits.body_limit) return error_reply(413, "request body too large");
  return std::nullopt;
}

}  // namespace

std::optional<HttpResponse> check_request_head(const HttpRequest& head, std::string_view target,
                                               const RequestLimits& limits) {
  if (std::find(kMethods.begin(), kMethods.end(), head.method) == kMethods.end()) {
    return error_reply(405, "method not allowed");
  }
  if (head.path.size() > limits.max_path || target.size() > limits.max_target) {
    return error_reply(414, "path too long");
  }
  if (head.headers.size() > limits.max_headers) {
    return error_reply(431, "too many headers");
  }
  if (head.header("Transfer-Encoding")) {
    if (head.header("Content-Length")) {
      return error_reply(400, "both Transfer-Encoding and Content-Length");
    }
    return error_reply(411, "Transfer-Encoding is not accepted; send Content-Length");
  }
  if (auto encoding = head.header("Content-Encoding"); encoding && *encoding != "identity") {
    return error_reply(415, "Content-Encoding is not accepted");
  }
  if (head.header("Range")) return error_reply(416, "Range requests are not served");
  return check_content_length(head, limits);
}

}  // namespace lenbot
