#pragma once
// The one 429 every HTTP route sends when a client is over its limit, so chat and quiz share a
// limiter (and a budget per client address and per user) and answer alike.
#include <optional>
#include <string_view>

#include "bot/http/rate_limiter.h"
#include "bot/wire/http_message.h"

namespace lenbot {

// Spends one token of `key`: nullopt when the request may go ahead, otherwise a JSON 429 with
// Retry-After (whole seconds).
std::optional<HttpResponse> throttle(RateLimiter& limiter, std::string_view key);

}  // namespace lenbot
