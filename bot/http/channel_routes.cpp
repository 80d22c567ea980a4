#include "bot/http/channel_routes.h"

#include <memory>

#include "bot/channels/discord_fields.h"
#include "bot/channels/discord_interactions.h"
#include "bot/channels/discord_quiz.h"
#include "bot/channels/json_fields.h"
#include "bot/channels/message_webhook.h"
#include "bot/channels/user_hash.h"
#include "bot/channels/webhook_quiz.h"
#include "bot/http/server.h"

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

constexpr const char* kBlockedLine =
    "The mods asked me to stay quiet in this channel. Catch me somewhere else!";

// The id after "<kind>:" in a conversation id "<kind>:<channel>:<user>".
std::string conversation_channel(const std::string& conversation) {
  const auto first = conversation.find(':');
  if (first == std::string::npos) return "";
  const auto second = conversation.find(':', first + 1);
  return conversation.substr(first + 1,
                             second == std::string::npos ? std::string::npos : second - first - 1);
}

// /quizadmin's subcommands on the state store's moderation; the line the moderator sees.
std::string run_quizadmin(const nlohmann::json& interaction, const ChannelServices& s) {
  const std::unique_ptr<QuizModeration> moderation = s.moderation();
  QuizModeration& admin = *moderation;
  const nlohmann::json& options = field(field(interaction, "data"), "options");
  const nlohmann::json& sub = options.is_array() && !options.empty() ? options[0] : options;
  const std::string action = text_field(sub, "name");
  const std::string channel = interaction_channel_id(interaction);
  std::string line;
  if (action == "reset-leaderboard") {
    line = "Leaderboard reset: " + std::to_string(admin.reset_leaderboard(channel)) +
           " scores zeroed in this channel.";
  } else if (action == "remove-user") {
    const auto user = string_option(field(sub, "options"), "user");
    if (!user || user->empty()) return "Which member? Pick one in the user option.";
    admin.remove_user(*user);
    line = "Removed that member's quiz scores and conversations.";
  } else if (action == "block-channel") {
    admin.block_channel(channel);
    line = "Got it, I'll stay quiet in this channel.";
  } else if (action == "unblock-channel") {
    admin.unblock_channel(channel);
    line = "I'm back in this channel!";
  } else {
    return "Unknown /quizadmin subcommand.";
  }
  if (s.blocklist != nullptr) s.blocklist->invalidate();
  return line;
}

// "user=<hash>" for a verified interaction's access-log line (docs/operations.md); only a
// signed body (status 200) is read: anyone can post an unsigned one.
std::string discord_log_note(const HttpRequest& request, int status) {
  if (status != 200) return "";
  const auto interaction = nlohmann::json::parse(request.body, nullptr, false);
  if (interaction.is_discarded() || !interaction.is_object()) return "";
  const std::string id = text_field(interaction_user(interaction), "id");
  return id.empty() ? "" : "user=" + user_hash(id);
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
        [&](QuizService& quiz) { return discord_quiz_component(interaction, quiz, hub.bank()); });
  };
  hooks.rate_limited = rate_hook(s.limiter);
  if (s.replays != nullptr) {
    hooks.first_sighting = [replays = s.replays, now = s.now_unix](const std::string& signature) {
      return replays->first_sighting(signature, now());
    };
  }
  if (s.blocklist != nullptr) {
    hooks.channel_blocked = [list = s.blocklist](const std::string& channel) {
      return list->blocked(channel);
    };
  }
  hooks.author = s.author;
  if (s.moderation) {
    hooks.admin_command = [&s](const nlohmann::json& interaction) {
      return run_quizadmin(interaction, s);
    };
  }
  return hooks;
}

WebhookHooks webhook_hooks(const ChannelServices& s) {
  QuizHub& hub = s.quiz;
  ChannelBlocklist* list = s.blocklist;
  const auto blocked = [list](const ChatRequest& request) {
    return list != nullptr && list->blocked(conversation_channel(request.conversation));
  };
  WebhookHooks hooks;
  hooks.ask = [ask = s.ask, blocked](const ChatRequest& request) {
    if (!blocked(request)) return ask(request);
    ChatReply reply;
    reply.reply = kBlockedLine;
    reply.intent = "fallback";
    return reply;
  };
  hooks.quiz = [&hub, blocked](const ChatRequest& request) -> std::optional<std::string> {
    if (blocked(request)) return std::nullopt;
    return hub.with_service([&](QuizService& quiz) { return webhook_quiz_command(request, quiz); });
  };
  hooks.quiz_running = [&hub, blocked](const ChatRequest& request) {
    if (blocked(request)) return false;
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
  config.username = settings.username;
  return config;
}

// The webhook settings with the persona's current name and avatar as the reply's author.
WebhookConfig signed_as(const WebhookConfig& settings, const std::function<EmbedAuthor()>& author) {
  if (!author) return settings;
  WebhookConfig config = settings;
  EmbedAuthor persona = author();
  config.username = std::move(persona.name);
  config.avatar_url = std::move(persona.icon_url);
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
  router.post("/discord/interactions",
              [shared, discord_config, hooks = discord_hooks(*shared)](const HttpRequest& request) {
                HttpResponse response = handle_discord_interaction(
                    stamped(request, shared->now_unix()), discord_config, hooks);
                if (auto note = discord_log_note(request, response.status); !note.empty()) {
                  response.headers.emplace_back(kLogNoteHeader, std::move(note));
                }
                return response;
              });
  router.post("/webhook/message", [shared, settings = webhook_config(webhook),
                                   hooks = webhook_hooks(*shared)](const HttpRequest& request) {
    return handle_message_webhook(stamped(request, shared->now_unix()),
                                  signed_as(settings, shared->author), hooks);
  });
}

}  // namespace lenbot
