#pragma once
// Mounts the chat channels on the router, so they get the server's pre-routing checks, access
// log, metrics and 500 handling like every other route:
//   POST /discord/interactions  Discord's Interactions Endpoint URL (Ed25519-signed; 503 while
//                               no public key is configured)
//   POST /webhook/message       the plain message webhook (gateway relays, Mattermost,
//                               Rocket.Chat)
// Both rate-limit per chat user through the shared RateLimiter and play the quiz on QuizHub.
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>

#include "bot/channels/discord_embed.h"
#include "bot/channels/replay_guard.h"
#include "bot/config/config.h"
#include "bot/http/chat_route.h"
#include "bot/http/rate_limiter.h"
#include "bot/http/router.h"
#include "bot/quiz/channel_blocklist.h"
#include "bot/quiz/quiz_hub.h"
#include "bot/quiz/quiz_moderation.h"
#include "bot/wire/http_message.h"

namespace lenbot {

// What the channels run on; every reference must outlive the router.
struct ChannelServices {
  AskFunction ask;
  QuizHub& quiz;
  RateLimiter& limiter;
  // Discord signatures already accepted (shared by every replica); null: no replay check.
  ReplayGuard* replays = nullptr;
  // Seconds since the Unix epoch; signatures older than 300 s are refused.
  std::function<std::int64_t()> now_unix = [] {
    return static_cast<std::int64_t>(std::chrono::duration_cast<std::chrono::seconds>(
                                         std::chrono::system_clock::now().time_since_epoch())
                                         .count());
  };
  // Moderation: blocked channels (may be null: nothing blocked) and what /quizadmin changes,
  // opened per command (unset: /quizadmin is not set up).
  ChannelBlocklist* blocklist = nullptr;
  std::function<std::unique_ptr<QuizModeration>()> moderation = {};
  // The persona's name and avatar, read per request (SIGHUP may replace the persona): the
  // author embed on Discord replies and the webhook reply's username/avatar_url. Unset: no
  // embed, and the webhook settings' own username and avatar_url.
  std::function<EmbedAuthor()> author = {};
};

// `request` as a channel handler takes it: unchanged but for `now_unix`.
HttpRequest stamped(const HttpRequest& request, std::int64_t now_unix);

// Mounts both routes. Throws std::logic_error if either path is already taken.
void mount_channel_routes(Router& router, const DiscordSettings& discord,
                          const WebhookSettings& webhook, ChannelServices services);

}  // namespace lenbot
