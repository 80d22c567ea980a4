#include "bot/http/chat_codec.h"

#include <algorithm>
#include <cstdio>
#include <random>

#include "bot/http/json_body.h"

namespace lenbot {
namespace {

bool is_blank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  });
}

// Reads optional string field `name` into `out`; false when present but not a string or null.
bool read_optional_string(const nlohmann::json& body, const char* name, std::string& out) {
  const auto it = body.find(name);
  if (it == body.end() || it->is_null()) return true;
  if (!it->is_string()) return false;
  out = it->get<std::string>();
  return true;
}

std::string check_fields(const nlohmann::json& body, DecodedChat& decoded) {
  ChatRequest& request = decoded.request;
  const auto message = body.find("message");
  if (message == body.end() || !message->is_string()) return "\"message\" must be a string";
  request.message = message->get<std::string>();
  if (is_blank(request.message)) return "\"message\" is empty";
  if (utf8_length(request.message) > kMaxMessageChars) {
    return "\"message\" is longer than 2000 characters";
  }
  if (!read_optional_string(body, "conversation", request.conversation) ||
      request.conversation.size() > kMaxConversationBytes) {
    return "\"conversation\" must be a string of at most 128 bytes";
  }
  if (!read_optional_string(body, "user", request.user) ||
      utf8_length(request.user) > kMaxUserChars) {
    return "\"user\" must be a string of at most 100 characters";
  }
  std::string until;
  if (!read_optional_string(body, "until", until)) return "\"until\" must be a string";
  if (!until.empty()) {
    request.until = parse_part(until);
    if (!request.until) return "\"until\" must be one of part1, part2, part3, part4";
  }
  return "";
}

}  // namespace

DecodedChat decode_chat_request(std::string_view body) {
  DecodedChat decoded;
  JsonBody parsed = parse_json_body(body);
  if (!parsed.value) {
    decoded.error = parsed.error;
  } else if (!parsed.value->is_object()) {
    decoded.error = "request body must be a JSON object";
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
