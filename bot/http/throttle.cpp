#include "bot/http/throttle.h"

#include <string>

namespace lenbot {

std::optional<HttpResponse> throttle(RateLimiter& limiter, std::string_view key) {
  const int wait = limiter.acquire(key);
  if (wait <= 0) return std::nullopt;
  HttpResponse response = error_reply(429, "slow down a little, I can't type that fast!");
  response.headers.emplace_back("Retry-After", std::to_string(wait));
  return response;
}

}  // namespace lenbot
