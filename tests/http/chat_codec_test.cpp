#include "bot/http/chat_codec.h"

#include <gtest/gtest.h>

#include "bot/http/json_body.h"

namespace lenbot {
namespace {

std::string repeat(const std::string& piece, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += piece;
  return out;
}

TEST(HttpChatCodecTest, AcceptsTheDocumentedShape) {
  const DecodedChat decoded = decode_chat_request(
      R"({"conversation": "c1", "user": "miku", "message": "who is rin?", "until": "part2"})");
  ASSERT_TRUE(decoded.ok()) << decoded.error;
  EXPECT_EQ(decoded.request.conversation, "c1");
  EXPECT_EQ(decoded.request.user, "miku");
  EXPECT_EQ(decoded.request.message, "who is rin?");
  EXPECT_EQ(decoded.request.until, StoryPart::kPart2);

  const DecodedChat minimal = decode_chat_request(R"({"message": "hi", "until": null})");
  ASSERT_TRUE(minimal.ok()) << minimal.error;
  EXPECT_EQ(minimal.request.until, std::nullopt);
  EXPECT_TRUE(decode_chat_request("{\"message\": \"" + repeat("\xC3\xA9", 2000) + "\"}").ok())
      << "2,000 characters are fine even at 4,000 bytes";
}

TEST(HttpChatCodecTest, RefusesBadBodiesWithAMessage) {
  struct Case {
    std::string body;
    const char* expected;
  };
  const Case cases[] = {
      {"", "not valid JSON"},
      {"{\"message\": \"hi\"", "not valid JSON"},
      {"[\"message\"]", "must be a JSON object"},
      {"{}", "\"message\" must be a string"},
      {"{\"message\": 5}", "\"message\" must be a string"},
      {"{\"message\": null}", "\"message\" must be a string"},
      {"{\"message\": \"\"}", "\"message\" is empty"},
      {"{\"message\": \" \\n\\t \"}", "\"message\" is empty"},
      {"{\"message\": \"" + repeat("a", 2001) + "\"}", "longer than 2000"},
      {"{\"message\": \"hi\", \"user\": 7}", "\"user\" must be a string"},
      {"{\"message\": \"hi\", \"conversation\": {}}", "\"conversation\" must be a string"},
      {"{\"message\": \"hi\", \"conversation\": \"" + repeat("c", 129) + "\"}", "at most 128"},
      {"{\"message\": \"hi\", \"until\": \"part9\"}", "\"until\" must be one of"},
      {"{\"message\": \"hi\", \"until\": 2}", "\"until\" must be a string"},
      {"{\"message\": \"\xff\xfe\"}", "not valid JSON"},
      {"{\"message\": \"\\ud800\"}", "not valid JSON"},
      {repeat("[", 65) + repeat("]", 65), "nested too deeply"},
      {"{\"message\": \"hi\", \"x\": " + repeat("{\"a\":", 70) + "1" + repeat("}", 70) + "}",
       "nested too deeply"},
  };
  for (const auto& c : cases) {
    const DecodedChat decoded = decode_chat_request(c.body);
    EXPECT_NE(decoded.error.find(c.expected), std::string::npos)
        << c.body.substr(0, 80) << " gave: " << decoded.error;
  }
}

TEST(HttpJsonBodyTest, DepthIgnoresBracketsInsideStrings) {
  EXPECT_EQ(json_nesting_depth(R"({"a": "[[[[{{{{"})"), 1u);
  EXPECT_EQ(json_nesting_depth(R"({"a": "\"[[[", "b": [[1]]})"), 3u);
  EXPECT_EQ(json_nesting_depth(repeat("[", 1000000), 64), 65u);
  EXPECT_TRUE(parse_json_body(repeat("[", 64) + repeat("]", 64)).value.has_value());
  EXPECT_EQ(utf8_length("h\xC3\xA9\xE2\x82\xAC"), 3u);
}

TEST(HttpChatCodecTest, EncodesTheReplyWithTheConversation) {
  ChatReply reply{"yo", "fact", 0.5, {{{57}, "Part 2", "Len did a thing.[57]"}}};
  const nlohmann::json out = encode_chat_reply(reply, "c9");
  EXPECT_EQ(out["conversation"], "c9");
  EXPECT_EQ(out["reply"], "yo");
  EXPECT_EQ(out["sources"][0]["cite"][0], 57);
  EXPECT_EQ(new_conversation_id().size(), 16u);
  EXPECT_NE(new_conversation_id(), new_conversation_id());
}

}  // namespace
}  // namespace lenbot
