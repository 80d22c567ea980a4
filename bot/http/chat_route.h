#pragma once
// POST /api/chat: decode, rate-limit per client address and per user, ask the Bot core, encode.
#include <functional>

#include "bot/chat/chat_types.h"
#include "bot/http/metrics.h"
#include "bot/http/rate_limiter.h"
#include "bot/http/router.h"

namespace lenbot {

// The Bot core as the route sees it (Bot::ask in production, a stub in tests).
using AskFunction = std::function<ChatReply(const ChatRequest&)>;

// The handler alone: 200 with the reply JSON plus "conversation"; 400 for a bad body; 429
// with Retry-After when the client's address or user name is over its limit.
HttpResponse handle_chat(const HttpRequest& request, const AskFunction& ask, RateLimiter& limiter,
                         Metrics& metrics);

// Mounts POST /api/chat. `limiter` and `metrics` must outlive the router.
void mount_chat_routes(Router& router, AskFunction ask, RateLimiter& limiter, Metrics& metrics);

}  // namespace lenbot
