#include "bot/channels/discord_interactions.h"

#include "bot/channels/chat_message_text.h"
#include "bot/channels/discord_embed.h"
#include "bot/channels/discord_fields.h"
#include "bot/channels/json_fields.h"
#include "bot/channels/signature.h"
#include "bot/text/ascii.h"
#include "bot/wire/http_message.h"

namespace lenbot {
namespace {

// Interaction types and response types from Discord's Interactions API.
constexpr std::int64_t kPing = 1;
constexpr std::int64_t kApplicationCommand = 2;
constexpr std::int64_t kMessageComponent = 3;
constexpr std::int64_t kModalSubmit = 5;
constexpr int kPong = 1;
constexpr int kModal = 9;
constexpr int kChannelMessage = 4;
constexpr int kEphemeralFlag = 64;

constexpr std::size_t kMaxBodyBytes = 1 << 20;
constexpr std::size_t kMaxQuestionBytes = 2000;  // 500 characters of any script, with room
constexpr std::string_view kQuizComponentPrefix = "quiz:";

constexpr std::string_view kMissingKey =
    "Discord is not set up: put the application's public key (Discord developer portal, "
    "General Information) in discord.public_key in config/lenbot.json or in the "
    "LENBOT_DISCORD_PUBLIC_KEY environment variable, then restart.";
constexpr std::string_view kMalformedKey =
    "discord.public_key (or LENBOT_DISCORD_PUBLIC_KEY) must be the 64 hex characters of the "
    "application's public key from the Discord developer portal.";

constexpr std::string_view kEmptyQuestion =
    "You have to actually ask me something! Try `/ask question: What do you like to eat?`";
constexpr std::string_view kLongQuestion =
    "Whoa, that's a whole song's worth of words! Can you ask me in fewer?";
constexpr std::string_view kUnknownCommand =
    "Huh? I don't know that command... try `/ask` and I'll tell you anything about me!";
constexpr std::string_view kNotSetUp =
    "That one isn't ready yet, I'm still rehearsing it! Try `/ask` for now.";
constexpr std::string_view kBlockedChannel =
    "The mods asked me to stay quiet in this channel. Catch me somewhere else!";
constexpr std::string_view kNotAModerator = "Only members who can manage this server can use that.";
constexpr std::string_view kStaleComponent =
    "That button isn't mine to press... maybe it's from an old message?";

bool is_usable_public_key(const std::string& hex) {
  const auto bytes = decode_hex(hex);
  return bytes && bytes->size() == 32;
}

std::string_view signature_problem(SignatureCheck check) {
  switch (check) {
    case SignatureCheck::kMissing:
      return "missing X-Signature-Ed25519 or X-Signature-Timestamp header";
    case SignatureCheck::kMalformed:
      return "malformed X-Signature-Ed25519 or X-Signature-Timestamp header";
    case SignatureCheck::kStale:
      return "X-Signature-Timestamp is more than 300 s from the server clock";
    case SignatureCheck::kBadSignature:
    case SignatureCheck::kOk:
      break;
  }
  return "invalid request signature";
}

// The verified signature as the replay ledger keys it: hex in lower case, so the same bytes
// spelled in capitals are the same signature.
std::string signature_key(const HttpRequest& request) {
  std::string key(request.header("X-Signature-Ed25519").value_or(""));
  for (char& c : key) {
    if (c >= 'A' && c <= 'F') c = static_cast<char>(c - 'A' + 'a');
  }
  return key;
}

nlohmann::json message(std::string content, bool ephemeral) {
  nlohmann::json data = {{"content", std::move(content)},
                         {"allowed_mentions", {{"parse", nlohmann::json::array()}}}};
  if (ephemeral) data["flags"] = kEphemeralFlag;
  return {{"type", kChannelMessage}, {"data", std::move(data)}};
}

HttpResponse ephemeral(std::string_view line) {
  return json_reply(200, message(std::string(line), true));
}

// A public reply as the persona says it: with the author embed when the hooks name one.
HttpResponse signed_reply(nlohmann::json response, const DiscordHooks& hooks) {
  if (hooks.author) add_author_embed(response, hooks.author());
  return json_reply(200, response);
}

// A hook's interaction response, with pings switched off unless the hook chose otherwise. A
// modal (a form) is no message and carries no allowed_mentions.
HttpResponse hook_response(std::optional<nlohmann::json> response, const DiscordHooks& hooks) {
  if (!response || !response->is_object()) return ephemeral(kNotSetUp);
  const bool message = integer_field(*response, "type").value_or(0) != kModal;
  const auto data = response->find("data");
  if (message && data != response->end() && data->is_object() &&
      !data->contains("allowed_mentions")) {
    (*data)["allowed_mentions"] = {{"parse", nlohmann::json::array()}};
  }
  return signed_reply(std::move(*response), hooks);
}

// The slow-down reply when the user is over their rate, nullopt to go ahead.
std::optional<HttpResponse> slow_down(const nlohmann::json& interaction,
                                      const DiscordHooks& hooks) {
  if (!hooks.rate_limited) return std::nullopt;
  const auto wait =
      hooks.rate_limited("discord:" + text_field(interaction_user(interaction), "id"));
  if (!wait) return std::nullopt;
  return ephemeral("Slow down a little, I can only sing so fast! Try again in " +
                   std::to_string(*wait > 0 ? *wait : 1) + " s.");
}

HttpResponse answer_ask(const nlohmann::json& interaction, const DiscordHooks& hooks) {
  const std::optional<std::string> question =
      string_option(field(field(interaction, "data"), "options"), "question");
  if (!question || is_blank(*question)) return ephemeral(kEmptyQuestion);
  if (question->size() > kMaxQuestionBytes) return ephemeral(kLongQuestion);
  if (auto refusal = slow_down(interaction, hooks)) return *refusal;
  if (!hooks.ask) return ephemeral(kNotSetUp);

  const nlohmann::json& user = interaction_user(interaction);
  ChatRequest request;
  request.conversation =
      "discord:" + interaction_channel_id(interaction) + ":" + text_field(user, "id");
  request.user = display_name(user);
  request.message = *question;
  const ChatReply reply = hooks.ask(request);
  return signed_reply(message(render_channel_text(reply, FootnoteStyle::kDiscordSubtext), false),
                      hooks);
}

bool blocked_here(const nlohmann::json& interaction, const DiscordHooks& hooks) {
  return hooks.channel_blocked && hooks.channel_blocked(interaction_channel_id(interaction));
}

// Discord hides /quizadmin from members without Manage Server (default_member_permissions),
// but a guild admin can override that per role; the permissions Discord resolved for this
// member come with the interaction, so they are checked again here.
bool may_moderate(const nlohmann::json& interaction) {
  constexpr unsigned long long kAdministrator = 0x8;
  constexpr unsigned long long kManageGuild = 0x20;
  const std::string bits = text_field(field(interaction, "member"), "permissions");
  if (bits.empty() || bits.size() > 20 ||
      bits.find_first_not_of("0123456789") != std::string::npos) {
    return false;
  }
  const unsigned long long permissions = std::stoull(bits);
  return (permissions & (kAdministrator | kManageGuild)) != 0;
}

HttpResponse answer_command(const nlohmann::json& interaction, const DiscordHooks& hooks) {
  const std::string name = text_field(field(interaction, "data"), "name");
  if (name == "quizadmin") {
    if (!may_moderate(interaction)) return ephemeral(kNotAModerator);
    if (!hooks.admin_command) return ephemeral(kNotSetUp);
    return ephemeral(hooks.admin_command(interaction));
  }
  if (blocked_here(interaction, hooks)) return ephemeral(kBlockedChannel);
  if (name == "ask") return answer_ask(interaction, hooks);
  if (name != "quiz") return ephemeral(kUnknownCommand);
  if (auto refusal = slow_down(interaction, hooks)) return *refusal;
  if (!hooks.quiz_command) return ephemeral(kNotSetUp);
  return hook_response(hooks.quiz_command(interaction), hooks);
}

HttpResponse answer_component(const nlohmann::json& interaction, const DiscordHooks& hooks) {
  const std::string custom_id = text_field(field(interaction, "data"), "custom_id");
  if (!custom_id.starts_with(kQuizComponentPrefix) || !hooks.quiz_component) {
    return ephemeral(kStaleComponent);
  }
  if (blocked_here(interaction, hooks)) return ephemeral(kBlockedChannel);
  if (auto refusal = slow_down(interaction, hooks)) return *refusal;
  return hook_response(hooks.quiz_component(interaction), hooks);
}

}  // namespace

HttpResponse handle_discord_interaction(const HttpRequest& request, const DiscordConfig& config,
                                        const DiscordHooks& hooks) {
  if (config.public_key_hex.empty()) return error_reply(503, kMissingKey);
  if (!is_usable_public_key(config.public_key_hex)) return error_reply(503, kMalformedKey);
  if (request.body.size() > kMaxBodyBytes) return error_reply(413, "interaction body too large");
  const SignatureCheck check = check_discord_signature(request, config.public_key_hex);
  if (check != SignatureCheck::kOk) return error_reply(401, signature_problem(check));
  if (hooks.first_sighting && !hooks.first_sighting(signature_key(request))) {
    return error_reply(401, "this signed interaction was already received (replay refused)");
  }

  const nlohmann::json interaction = nlohmann::json::parse(request.body, nullptr, false);
  if (interaction.is_discarded() || !interaction.is_object()) {
    return error_reply(400, "body is not a JSON object");
  }
  switch (integer_field(interaction, "type").value_or(0)) {
    case kPing:
      return json_reply(200, {{"type", kPong}});
    case kApplicationCommand:
      return answer_command(interaction, hooks);
    case kMessageComponent:
    case kModalSubmit:  // a form Len opened: its custom_id is one of his, like a button's
      return answer_component(interaction, hooks);
    default:
      return error_reply(400, "unsupported interaction type");
  }
}

}  // namespace lenbot
