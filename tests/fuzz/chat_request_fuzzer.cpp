// POST /api/chat bodies: the JSON depth check, the parse, the field checks, and the reply echoed
// back through encode_chat_reply, as the route does. Every body is a value (a request or a 400
// message), never an exception, and what is accepted keeps the documented limits.
#include <functional>

#include "bot/http/chat_codec.h"
#include "bot/http/json_body.h"
#include "bot/text/ascii.h"
#include "bot/wire/http_message.h"
#include "tests/fuzz/fuzz_input.h"

namespace {

using lenbot::fuzz::expect;

// The real nesting of a parsed value; only called on values the depth check let through, so the
// recursion is bounded by kMaxJsonDepth.
std::size_t depth_of(const nlohmann::json& value) {
  if (!value.is_structured()) return 0;
  std::size_t deepest = 0;
  for (const auto& child : value) deepest = std::max(deepest, depth_of(child));
  return deepest + 1;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view body = lenbot::fuzz::as_text(data, size);

  const lenbot::JsonBody parsed = lenbot::parse_json_body(body);
  expect(parsed.value.has_value() != !parsed.error.empty(), "a value or an error, not both");
  if (parsed.value) {
    expect(depth_of(*parsed.value) <= lenbot::kMaxJsonDepth, "accepted JSON is at most 64 deep");
    expect(depth_of(*parsed.value) <= lenbot::json_nesting_depth(body),
           "the bracket count sees at least the real depth");
  }

  const lenbot::DecodedChat decoded = lenbot::decode_chat_request(body);
  if (!decoded.ok()) return 0;
  const lenbot::ChatRequest& request = decoded.request;
  expect(!lenbot::is_blank(request.message), "an accepted message is not blank");
  expect(lenbot::utf8_length(request.message) <= lenbot::kMaxMessageChars, "message limit");
  expect(lenbot::utf8_length(request.user) <= lenbot::kMaxUserChars, "user limit");
  expect(request.conversation.size() <= lenbot::kMaxConversationBytes, "conversation limit");

  lenbot::ChatReply reply;
  reply.reply = "Yo, you said: " + request.message;
  reply.intent = "fact";
  reply.sources.push_back({{1}, request.user, request.message});
  const std::string text =
      lenbot::to_json_text(lenbot::encode_chat_reply(reply, request.conversation));
  expect(!nlohmann::json::parse(text, nullptr, false).is_discarded(), "the reply is JSON");
  return 0;
}
