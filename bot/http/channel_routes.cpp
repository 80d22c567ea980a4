#include "bot/http/channel_routes.h"

#include <memory>

#include "bot/channels/discord_interactions.h"
#include "bot/channels/discord_quiz.h"
#include "bot/channels/message_webhook.h"
#include "bot/channels/webhook_quiz.h"

namespace lenbot {
namespace {

// The RateLimiter as the channel hooks want it: seconds to wait, or nullopt to go ahead.
std::function<std::optional<int>(const std::string&)> rate_hook(RateLimiter& limiter) {
  return [&limiter](const std::string& key) -> std::optional<int> {
    const int wait = limiter.acquire(key);
    if (wait > 0) return wait;
    return std::nullopt;
  };
}

DiscordHooks discord_hooks(const ChannelServices& s) {
  QuizHub& hub = s.quiz;
  DiscordHooks hooks;
  hooks.ask = s.ask;
  hooks.quiz_command = [&hub](const nlohmann::json& interaction) -> std::optional<nlohmann::json> {
    return hub.with_service(
        [&](QuizService& quiz) { return discord_quiz_command(interaction, quiz); });
  };
  hooks.quiz_component =
      [&hub](const nlohmann::json& interaction) -> std::optional<nlohmann::json> {
    return hub.with_service(
        [&](QuizService& quiz) { return discord_quiz_button(interaction, quiz, hub.bank()); });
  };
  hooks.rate_limited = rate_hook(s.limiter);
  if (s.replays != nullptr) {
    hooks.first_sighting = [replays = s.replays, now = s.now_unix](const std::string& signature) {
      return replays->first_sighting(signature, now());
    };
  }
  return hooks;
}

WebhookHooks webhook_hooks(const ChannelServices& s) {
  QuizHub& hub = s.quiz;
  WebhookHooks hooks;
  hooks.ask = s.ask;
  hooks.quiz = [&hub](const ChatRequest& request) -> std::optional<std::string> {
    return hub.with_service([&](QuizService& quiz) { return webhook_quiz_command(request, quiz); });
  };
  hooks.quiz_running = [&hub](const ChatRequest& request) {
    return hub.with_service([&](QuizService& quiz) { return webhook_quiz_running(request, quiz); });
  };
  hooks.quiz_move = [&hub](const ChatRequest& request) -> std::optional<std::string> {
    return hub.with_service([&](QuizService& quiz) { return webhook_quiz_move(request, quiz); });
  };
  hooks.rate_limited = rate_hook(s.limiter);
  return hooks;
}

WebhookConfig webhook_config(const WebhookSettings& settings) {
  WebhookConfig config;
  config.secret = settings.secret;
  config.token = settings.token;
  config.addressing.prefixes = settings.prefixes;
  config.addressing.bot_user_id = settings.bot_user_id;
  config.avatar_url = settings.avatar_url;
  return config;
}

}  // namespace

HttpRequest stamped(const HttpRequest& request, std::int64_t now_unix) {
  HttpRequest out = request;
  out.now_unix = now_unix;
  return out;
}

void mount_channel_routes(Router& router, const DiscordSettings& discord,
                          const WebhookSettings& webhook, ChannelServices services) {
  auto shared = std::make_shared<const ChannelServices>(std::move(services));
  const DiscordConfig discord_config{discord.public_key, discord.application_id};
  router.post("/discord/interactions", [shared, discord_config, hooks = discord_hooks(*shared)](
                                           const HttpRequest& request) {
    return handle_discord_interaction(stamped(request, shared->now_unix()), discord_config, hooks);
  });
  router.post("/webhook/message", [shared, config = webhook_config(webhook),
                                   hooks = webhook_hooks(*shared)](const HttpRequest& request) {
    return handle_message_webhook(stamped(request, shared->now_unix()), config, hooks);
  });
}

}  // namespace lenbot
