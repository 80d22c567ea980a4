#pragma once
// POST /api/chat bodies to ChatRequest and ChatReply back to JSON. Decoding returns the problem
// as a value: every malformed body is an expected outcome, not an exception.
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "bot/chat/chat_types.h"

namespace lenbot {

inline constexpr std::size_t kMaxMessageChars = 2000;  // code points
inline constexpr std::size_t kMaxUserChars = 100;      // code points
inline constexpr std::size_t kMaxConversationBytes = 128;

struct DecodedChat {
  ChatRequest request;
  std::string error;  // empty when `request` is usable; otherwise the 400 message
  bool ok() const { return error.empty(); }
};

// {"conversation"?: string, "user"?: string, "message": string, "until"?: "part1".."part4"}.
// Refuses malformed or too deeply nested JSON, a missing, non-string, blank or over-long
// message, non-string optional fields and an unknown `until`.
DecodedChat decode_chat_request(std::string_view body);

// The reply's JSON (see to_json(ChatReply)) plus "conversation".
nlohmann::json encode_chat_reply(const ChatReply& reply, const std::string& conversation);

// A fresh random conversation id (16 hex digits) for clients that sent none.
std::string new_conversation_id();

}  // namespace lenbot
