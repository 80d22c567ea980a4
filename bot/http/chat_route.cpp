#include "bot/http/chat_route.h"

#include <string>

#include "bot/http/chat_codec.h"
#include "bot/http/throttle.h"

namespace lenbot {

HttpResponse handle_chat(const HttpRequest& request, const AskFunction& ask, RateLimiter& limiter,
                         Metrics& metrics) {
  if (auto limited = throttle(limiter, "ip:" + request.remote_addr)) return *limited;
  DecodedChat decoded = decode_chat_request(request.body);
  if (!decoded.ok()) return error_reply(400, decoded.error);
  if (!decoded.request.user.empty()) {
    if (auto limited = throttle(limiter, "user:" + decoded.request.user)) return *limited;
  }
  if (decoded.request.conversation.empty()) decoded.request.conversation = new_conversation_id();

  const auto started = std::chrono::steady_clock::now();
  const ChatReply reply = ask(decoded.request);
  metrics.observe_reply(std::chrono::steady_clock::now() - started, reply.intent);
  return json_reply(200, encode_chat_reply(reply, decoded.request.conversation));
}

void mount_chat_routes(Router& router, AskFunction ask, RateLimiter& limiter, Metrics& metrics) {
  router.post("/api/chat", [ask = std::move(ask), &limiter, &metrics](const HttpRequest& request) {
    return handle_chat(request, ask, limiter, metrics);
  });
}

}  // namespace lenbot
