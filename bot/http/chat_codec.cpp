#include "bot/http/chat_codec.h"

#include <cstdio>
#include <random>

#include "bot/http/body_fields.h"

namespace lenbot {
namespace {

std::string check_fields(const nlohmann::json& body, DecodedChat& decoded) {
  ChatRequest& request = decoded.request;
  if (auto error = read_text_field(body, "message", kMaxMessageChars, request.message);
      !error.empty()) {
    return error;
  }
  if (!read_optional_string(body, "conversation", request.conversation) ||
      request.conversation.size() > kMaxConversationBytes) {
    return "\"conversation\" must be a string of at most 128 bytes";
  }
  if (!read_optional_string(body, "user", request.user) ||
      utf8_length(request.user) > kMaxUserChars) {
    return "\"user\" must be a string of at most 100 characters";
  }
  return read_until(body, request.until);
}

}  // namespace

DecodedChat decode_chat_request(std::string_view body) {
  DecodedChat decoded;
  JsonBody parsed = parse_json_object(body);
  if (!parsed.value) {
    decoded.error = parsed.error;
  } else {
    decoded.error = check_fields(*parsed.value, decoded);
  }
  return decoded;
}

nlohmann::json encode_chat_reply(const ChatReply& reply, const std::string& conversation) {
  nlohmann::json out = to_json(reply);
  out["conversation"] = conversation;
  return out;
}

std::string new_conversation_id() {
  thread_local std::mt19937_64 engine{std::random_device{}()};
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(engine()));
  return text;
}

}  // namespace lenbot
