#pragma once
// A plain chat-message webhook as a pure function: a Discord message object (from a gateway
// relay) or a Mattermost / Rocket.Chat outgoing webhook in, Len's reply out, in the shape the
// sender can post back. Speaks only when addressed, never to bots, and never throws.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "bot/channels/message_addressing.h"
#include "bot/chat/chat_types.h"
#include "bot/wire/http_message.h"

namespace lenbot {

struct WebhookConfig {
  // When set, X-Lenbot-Timestamp and X-Lenbot-Signature (hex HMAC-SHA256(secret, timestamp +
  // body), within 300 s) are required.
  std::string secret;
  // When set, the payload's `token` must equal it (Mattermost / Rocket.Chat outgoing webhook
  // token). A Discord-shaped payload without a token then needs `secret` instead.
  std::string token;
  AddressingRules addressing;  // prefixes and Len's own user id for mentions
  std::string username;        // the Discord reply's author name (the persona's); Len's by default
  std::string avatar_url;      // for the Discord Execute-Webhook reply; omitted when empty
};

// Every hook gets request.conversation = "webhook:<channel id>:<user id>" and request.user = the
// sender's display name (their id when the payload has none).
struct WebhookHooks {
  // The Bot core, called once per addressed message; exceptions are left to the HTTP layer.
  std::function<ChatReply(const ChatRequest&)> ask;
  // "!quiz <args>": request.message holds <args>; the text to post, or nullopt to stay quiet.
  std::function<std::optional<std::string>(const ChatRequest&)> quiz;
  // Whether the sender has a quiz running in this channel. When true, a message not addressed
  // to Len is a quiz move ("B", "hint", "skip", ...) for `quiz_move` instead of chatter.
  std::function<bool(const ChatRequest&)> quiz_running;
  // A quiz move as plain text in request.message; same contract as `quiz`.
  std::function<std::optional<std::string>(const ChatRequest&)> quiz_move;
  // Seconds the user must wait, or nullopt to go ahead. The key is "webhook:<user id>".
  std::function<std::optional<int>(const std::string& user_key)> rate_limited;
};

// 413 for an oversized body; 401 for a missing, stale or wrong HMAC or token; 400 for a wrong
// content type, malformed body or a payload without text; 204 (empty body) when the message is
// not for Len (nor a move in the sender's running quiz) or comes from a bot; otherwise 200 with
// {"content","username","avatar_url", "allowed_mentions"} for a Discord message or {"text"} for an
// outgoing webhook.
HttpResponse handle_message_webhook(const HttpRequest& request, const WebhookConfig& config,
                                    const WebhookHooks& hooks);

}  // namespace lenbot
