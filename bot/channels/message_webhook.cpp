#include "bot/channels/message_webhook.h"

#include <nlohmann/json.hpp>

#include "bot/channels/chat_message_text.h"
#include "bot/channels/form_decoder.h"
#include "bot/channels/json_fields.h"
#include "bot/channels/signature.h"
#include "bot/text/ascii.h"
#include "bot/wire/http_message.h"

namespace lenbot {
namespace {

constexpr std::size_t kMaxBodyBytes = 256 * 1024;
constexpr std::size_t kMaxQuestionBytes = 2000;
constexpr std::string_view kLenName = "Kagamine Len";

constexpr std::string_view kWrongContentType =
    "Content-Type must be application/json or application/x-www-form-urlencoded";
constexpr std::string_view kMalformedBody =
    "the body is not a JSON object or a well-formed form-encoded body";
constexpr std::string_view kNoText =
    "expected a Discord message (author, content) or an outgoing webhook (user_id, text)";
constexpr std::string_view kCalledWithoutQuestion =
    "You called? Ask me anything, like `len, what's your favourite food?`";
constexpr std::string_view kLongQuestion =
    "Whoa, that's a whole song's worth of words! Can you ask me in fewer?";
constexpr std::string_view kNotSetUp = "That one isn't ready yet, I'm still rehearsing it!";

enum class PayloadShape { kDiscordMessage, kOutgoingWebhook };

// The fields both payload shapes share, read without trusting any of them.
struct InboundMessage {
  PayloadShape shape = PayloadShape::kDiscordMessage;
  std::string channel_id;
  std::string user_id;
  std::string user_name;
  std::string text;
  std::string token;
  bool from_bot = false;
  bool mentions_bot = false;
};

bool mention_list_names(const nlohmann::json& mentions, const std::string& bot_user_id) {
  if (bot_user_id.empty() || !mentions.is_array()) return false;
  for (const nlohmann::json& mention : mentions) {
    if (text_field(mention, "id") == bot_user_id) return true;
  }
  return false;
}

InboundMessage read_discord_message(const nlohmann::json& payload, const std::string& bot_user_id) {
  const nlohmann::json& author = field(payload, "author");
  InboundMessage message;
  message.channel_id = text_field(payload, "channel_id");
  message.user_id = text_field(author, "id");
  message.user_name = text_field(author, "global_name");
  if (message.user_name.empty()) message.user_name = text_field(author, "username");
  message.text = text_field(payload, "content");
  message.token = text_field(payload, "token");
  // Execute-Webhook posts (Len's own replies among them) carry webhook_id.
  message.from_bot = flag_field(author, "bot") || field(payload, "webhook_id").is_string();
  message.mentions_bot = mention_list_names(field(payload, "mentions"), bot_user_id);
  return message;
}

InboundMessage read_outgoing_webhook(const nlohmann::json& payload) {
  InboundMessage message;
  message.shape = PayloadShape::kOutgoingWebhook;
  message.channel_id = text_field(payload, "channel_id");
  message.user_id = text_field(payload, "user_id");
  message.user_name = text_field(payload, "user_name");
  message.text = text_field(payload, "text");
  message.token = text_field(payload, "token");
  // Rocket.Chat sends `bot` as an object naming the bot when a bot posted.
  const nlohmann::json& bot = field(payload, "bot");
  message.from_bot = flag_field(payload, "bot") || (bot.is_object() && !bot.empty());
  return message;
}

// nullopt when the payload is neither shape or has no text field at all.
std::optional<InboundMessage> read_message(const nlohmann::json& payload,
                                           const std::string& bot_user_id) {
  if (field(payload, "author").is_object() && field(payload, "content").is_string()) {
    return read_discord_message(payload, bot_user_id);
  }
  if (field(payload, "text").is_string()) return read_outgoing_webhook(payload);
  return std::nullopt;
}

std::string media_type(const HttpRequest& request) {
  std::string type(request.header("Content-Type").value_or(""));
  type = type.substr(0, type.find(';'));
  std::string lowered;
  for (const char c : type) {
    if (c == ' ' || c == '\t') continue;
    lowered += ascii_lower(c);
  }
  return lowered;
}

bool is_supported(std::string_view media) {
  return media == "application/json" || media == "application/x-www-form-urlencoded";
}

// The body as JSON (an object unless the sender erred), or nullopt when it does not parse.
std::optional<nlohmann::json> read_payload(std::string_view media, const std::string& body) {
  if (media == "application/x-www-form-urlencoded") return decode_form(body);
  nlohmann::json payload = nlohmann::json::parse(body, nullptr, false);
  if (payload.is_discarded()) return std::nullopt;
  return payload;
}

// The token guards outgoing webhooks; a Discord-shaped payload may lean on the HMAC instead.
bool token_accepted(const InboundMessage& message, const WebhookConfig& config) {
  if (config.token.empty()) return true;
  if (message.shape == PayloadShape::kDiscordMessage && !config.secret.empty()) return true;
  return constant_time_equals(message.token, config.token);
}

HttpResponse reply(const InboundMessage& message, const ChatReply& chat,
                   const WebhookConfig& config) {
  if (message.shape == PayloadShape::kOutgoingWebhook) {
    return json_reply(200, {{"text", render_channel_text(chat, FootnoteStyle::kPlain)}});
  }
  nlohmann::json body = {
      {"content", render_channel_text(chat, FootnoteStyle::kDiscordSubtext)},
      {"username", config.username.empty() ? std::string(kLenName) : config.username},
      {"allowed_mentions", {{"parse", nlohmann::json::array()}}}};
  if (!config.avatar_url.empty()) body["avatar_url"] = config.avatar_url;
  return json_reply(200, body);
}

HttpResponse say(const InboundMessage& message, std::string_view line,
                 const WebhookConfig& config) {
  ChatReply chat;
  chat.reply = line;
  return reply(message, chat, config);
}

ChatRequest chat_request(const InboundMessage& message, std::string text) {
  ChatRequest request;
  request.conversation = "webhook:" + message.channel_id + ":" + message.user_id;
  request.user = message.user_name.empty() ? message.user_id : message.user_name;
  request.message = std::move(text);
  return request;
}

// The slow-down reply when the sender is over their rate, nullopt to go ahead.
std::optional<HttpResponse> slow_down(const InboundMessage& message, const WebhookConfig& config,
                                      const WebhookHooks& hooks) {
  if (!hooks.rate_limited) return std::nullopt;
  const auto wait = hooks.rate_limited("webhook:" + message.user_id);
  if (!wait) return std::nullopt;
  return say(message,
             "Slow down a little, I can only sing so fast! Try again in " +
                 std::to_string(*wait > 0 ? *wait : 1) + " s.",
             config);
}

HttpResponse post_quiz_line(const InboundMessage& message, const std::optional<std::string>& line,
                            const WebhookConfig& config) {
  return line ? say(message, *line, config) : no_content();
}

// An unaddressed message: a move in the sender's running quiz, or chatter (204).
HttpResponse quiz_move_or_ignore(const InboundMessage& message, const WebhookConfig& config,
                                 const WebhookHooks& hooks) {
  if (!hooks.quiz_running || !hooks.quiz_move || message.text.size() > kMaxQuestionBytes) {
    return no_content();
  }
  ChatRequest request = chat_request(message, message.text);
  if (!hooks.quiz_running(request)) return no_content();
  if (auto refusal = slow_down(message, config, hooks)) return *refusal;
  return post_quiz_line(message, hooks.quiz_move(request), config);
}

HttpResponse answer(const InboundMessage& message, AddressedMessage addressed,
                    const WebhookConfig& config, const WebhookHooks& hooks) {
  if (addressed.intent == MessageIntent::kAsk && addressed.text.empty()) {
    return say(message, kCalledWithoutQuestion, config);
  }
  if (addressed.text.size() > kMaxQuestionBytes) return say(message, kLongQuestion, config);
  if (auto refusal = slow_down(message, config, hooks)) return *refusal;
  if (addressed.intent == MessageIntent::kQuiz) {
    if (!hooks.quiz) return say(message, kNotSetUp, config);
    return post_quiz_line(message, hooks.quiz(chat_request(message, std::move(addressed.text))),
                          config);
  }
  if (!hooks.ask) return say(message, kNotSetUp, config);
  return reply(message, hooks.ask(chat_request(message, std::move(addressed.text))), config);
}

}  // namespace

HttpResponse handle_message_webhook(const HttpRequest& request, const WebhookConfig& config,
                                    const WebhookHooks& hooks) {
  if (request.body.size() > kMaxBodyBytes) return error_reply(413, "message body too large");
  if (!config.secret.empty() &&
      check_hmac_signature(request, config.secret) != SignatureCheck::kOk) {
    return error_reply(401, "missing, stale or invalid X-Lenbot-Signature / X-Lenbot-Timestamp");
  }
  const std::string media = media_type(request);
  if (!is_supported(media)) return error_reply(400, kWrongContentType);
  const std::optional<nlohmann::json> payload = read_payload(media, request.body);
  if (!payload || !payload->is_object()) return error_reply(400, kMalformedBody);
  const std::optional<InboundMessage> message =
      read_message(*payload, config.addressing.bot_user_id);
  if (!message) return error_reply(400, kNoText);
  if (!token_accepted(*message, config)) return error_reply(401, "invalid webhook token");
  if (message->from_bot) return no_content();

  AddressedMessage addressed =
      address_message(message->text, config.addressing, message->mentions_bot);
  if (addressed.intent == MessageIntent::kIgnore)
    return quiz_move_or_ignore(*message, config, hooks);
  return answer(*message, std::move(addressed), config, hooks);
}

}  // namespace lenbot
