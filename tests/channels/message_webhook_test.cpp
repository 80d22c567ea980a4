#include "bot/channels/message_webhook.h"

#include <gtest/gtest.h>

#include "bot/channels/signature.h"

namespace lenbot {
namespace {

using nlohmann::json;

constexpr std::int64_t kNow = 1'700'000'000;

json discord_message(const std::string& content, bool bot = false) {
  return {{"id", "m1"},
          {"channel_id", "c1"},
          {"author", {{"id", "u1"}, {"username", "rin_fan"}, {"bot", bot}}},
          {"content", content},
          {"mentions", json::array()}};
}

json outgoing_webhook(const std::string& text, const std::string& token = "tok") {
  return {{"token", token},        {"channel_id", "c2"}, {"user_id", "u2"},
          {"user_name", "miku39"}, {"text", text},       {"bot", false}};
}

HttpRequest request_with(std::string body, std::string content_type = "application/json") {
  HttpRequest request;
  request.headers.emplace("Content-Type", std::move(content_type));
  request.body = std::move(body);
  request.now_unix = kNow;
  return request;
}

class WebhookHandlerTest : public ::testing::Test {
 protected:
  WebhookHandlerTest() {
    config_.addressing.bot_user_id = "999";
    config_.avatar_url = "https://example.org/len.png";
    hooks_.ask = [this](const ChatRequest& request) {
      asked_.push_back(request);
      return reply_;
    };
    reply_.reply = "Bananas, obviously!";
    reply_.sources = {{{12}, "Trivia", "He loves bananas."}};
  }

  HttpResponse send(const HttpRequest& request) {
    return handle_message_webhook(request, config_, hooks_);
  }
  HttpResponse send(const json& payload) { return send(request_with(payload.dump())); }

  static json body_of(const HttpResponse& response) {
    EXPECT_EQ(response.content_type, "application/json");
    return json::parse(response.body, nullptr, false);
  }

  WebhookConfig config_;
  WebhookHooks hooks_;
  ChatReply reply_;
  std::vector<ChatRequest> asked_;
};

TEST_F(WebhookHandlerTest, DiscordMessageGetsAnExecuteWebhookBody) {
  const HttpResponse response = send(discord_message("len, favourite food?"));
  ASSERT_EQ(asked_.size(), 1u);
  EXPECT_EQ(asked_[0].message, "favourite food?");
  EXPECT_EQ(asked_[0].conversation, "webhook:c1:u1");
  EXPECT_EQ(asked_[0].user, "rin_fan");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(body_of(response), json({{"content", "Bananas, obviously!\n-# sources: [12] Trivia"},
                                     {"username", "Kagamine Len"},
                                     {"avatar_url", "https://example.org/len.png"},
                                     {"allowed_mentions", {{"parse", json::array()}}}}));
}

TEST_F(WebhookHandlerTest, MentionsAddressLen) {
  json in_mentions = discord_message("what do you think?");
  in_mentions["mentions"] = {{{"id", "999"}}};
  const json cases[] = {discord_message("<@999> what do you think?"),
                        discord_message("<@!999> what do you think?"), in_mentions};
  for (const json& payload : cases) {
    asked_.clear();
    EXPECT_EQ(send(payload).status, 200) << payload.dump();
    ASSERT_EQ(asked_.size(), 1u) << payload.dump();
    EXPECT_EQ(asked_[0].message, "what do you think?") << payload.dump();
  }
}

TEST_F(WebhookHandlerTest, StaysSilentUnlessAddressedAndNeverAnswersBots) {
  json from_webhook = discord_message("len, hi");
  from_webhook["webhook_id"] = "w1";
  json rocket_bot = outgoing_webhook("len, hi");
  rocket_bot["bot"] = {{"i", "rocket.cat"}};
  json mattermost_bot = outgoing_webhook("len, hi");
  mattermost_bot["bot"] = true;
  const json cases[] = {discord_message("hello everyone"),
                        discord_message(""),
                        discord_message("len, hi", true),
                        from_webhook,
                        rocket_bot,
                        mattermost_bot,
                        outgoing_webhook("lenient")};
  for (const json& payload : cases) {
    const HttpResponse response = send(payload);
    EXPECT_EQ(response.status, 204) << payload.dump();
    EXPECT_TRUE(response.body.empty()) << payload.dump();
  }
  EXPECT_TRUE(asked_.empty());
}

TEST_F(WebhookHandlerTest, OutgoingWebhookAnswersWithText) {
  config_.token = "tok";
  const HttpResponse response = send(outgoing_webhook("!len who is Rin?"));
  ASSERT_EQ(asked_.size(), 1u);
  EXPECT_EQ(asked_[0].message, "who is Rin?");
  EXPECT_EQ(asked_[0].conversation, "webhook:c2:u2");
  EXPECT_EQ(asked_[0].user, "miku39");
  EXPECT_EQ(body_of(response), json({{"text", "Bananas, obviously!\n(sources: [12] Trivia)"}}));
}

TEST_F(WebhookHandlerTest, OutgoingWebhookTokenMustMatch) {
  config_.token = "tok";
  json no_token = outgoing_webhook("len, hi");
  no_token.erase("token");
  const json cases[] = {outgoing_webhook("len, hi", "nope"), outgoing_webhook("len, hi", "to"),
                        outgoing_webhook("len, hi", ""), no_token,
                        discord_message("len, hi")};  // no token and no secret to vouch for it
  for (const json& payload : cases) EXPECT_EQ(send(payload).status, 401) << payload.dump();
  EXPECT_TRUE(asked_.empty());
}

TEST_F(WebhookHandlerTest, FormEncodedOutgoingWebhook) {
  config_.token = "tok";
  const std::string body =
      "token=tok&channel_id=c2&user_id=u2&user_name=miku39&text=len%2C+who+is+Rin%3F&bot=false";
  const HttpResponse response =
      send(request_with(body, "application/x-www-form-urlencoded; charset=utf-8"));
  EXPECT_EQ(response.status, 200);
  ASSERT_EQ(asked_.size(), 1u);
  EXPECT_EQ(asked_[0].message, "who is Rin?");

  const HttpResponse from_bot = send(request_with("token=tok&user_id=b&text=len%2C+hi&bot=true",
                                                  "application/x-www-form-urlencoded"));
  EXPECT_EQ(from_bot.status, 204);
  EXPECT_EQ(asked_.size(), 1u);

  // Form bodies can carry any bytes; the reply must still serialise.
  reply_.reply = "echo \xff";
  const HttpResponse odd = send(
      request_with("token=tok&user_id=u&text=len%2C+%FF%FE", "application/x-www-form-urlencoded"));
  EXPECT_EQ(odd.status, 200);
  EXPECT_EQ(asked_.back().message, "\xff\xfe");
  EXPECT_NE(body_of(odd)["text"].get<std::string>().find("\uFFFD"), std::string::npos);
}

HttpRequest hmac_signed(const std::string& secret, std::string body, std::int64_t timestamp) {
  HttpRequest request = request_with(std::move(body));
  const std::string stamp = std::to_string(timestamp);
  request.headers.emplace(std::string(kLenbotTimestampHeader), stamp);
  request.headers.emplace(std::string(kLenbotSignatureHeader),
                          hmac_sha256_hex(secret, stamp + request.body));
  return request;
}

TEST_F(WebhookHandlerTest, SharedSecretIsChecked) {
  config_.secret = "s3cret";
  config_.token = "tok";  // a Discord-shaped payload leans on the HMAC instead
  const std::string body = discord_message("len, hi").dump();
  EXPECT_EQ(send(hmac_signed("s3cret", body, kNow)).status, 200);
  EXPECT_EQ(asked_.size(), 1u);

  auto tampered = hmac_signed("s3cret", body, kNow);
  tampered.body = discord_message("len, hi!").dump();
  struct Case {
    const char* name;
    HttpRequest request;
  };
  const Case cases[] = {
      {"wrong secret", hmac_signed("guess", body, kNow)},
      {"stale", hmac_signed("s3cret", body, kNow - 301)},
      {"future", hmac_signed("s3cret", body, kNow + 301)},
      {"tampered", tampered},
      {"unsigned", request_with(body)},
  };
  for (const auto& c : cases) {
    const HttpResponse response = send(c.request);
    EXPECT_EQ(response.status, 401) << c.name;
    EXPECT_TRUE(body_of(response).contains("error")) << c.name;
  }
  EXPECT_EQ(asked_.size(), 1u);
}

TEST_F(WebhookHandlerTest, MalformedRequestsAre400) {
  struct Case {
    const char* name;
    HttpRequest request;
  };
  const Case cases[] = {
      {"broken json", request_with("{\"content\":")},
      {"json array", request_with("[1]")},
      {"invalid utf-8", request_with("{\"text\":\"len, \xff\"}")},
      {"no text", request_with(R"({"user_id":"u"})")},
      {"text not a string", request_with(R"({"text":5})")},
      {"discord content not a string", request_with(R"({"author":{"id":"u"},"content":[]})")},
      {"plain text", request_with("len, hi", "text/plain")},
      {"no content type", request_with("{}", "")},
      {"broken form", request_with("text=%zz", "application/x-www-form-urlencoded")},
  };
  for (const auto& c : cases) {
    const HttpResponse response = send(c.request);
    EXPECT_EQ(response.status, 400) << c.name;
    EXPECT_TRUE(body_of(response).contains("error")) << c.name;
  }
  EXPECT_TRUE(asked_.empty());
}

TEST_F(WebhookHandlerTest, RepliesAreCappedAndDefused) {
  reply_.reply = std::string(5000, 'x') + " @everyone";
  const json body = body_of(send(discord_message("len, shout")));
  const std::string content = body["content"];
  std::size_t code_points = 0;
  for (const char c : content) code_points += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  EXPECT_LE(code_points, 2000u);
  EXPECT_NE(content.find("[12] Trivia"), std::string::npos);

  reply_.reply = "hi @everyone and @here";
  const std::string text = body_of(send(outgoing_webhook("len, hi")))["text"];
  EXPECT_EQ(text.find("@everyone"), std::string::npos);
  EXPECT_EQ(text.find("@here"), std::string::npos);
}

TEST_F(WebhookHandlerTest, QuizNudgesAndRateLimits) {
  std::vector<ChatRequest> quizzed;
  hooks_.quiz = [&quizzed](const ChatRequest& request) -> std::optional<std::string> {
    quizzed.push_back(request);
    return request.message == "quiet" ? std::nullopt : std::optional<std::string>("Question 1!");
  };
  EXPECT_EQ(body_of(send(discord_message("!quiz start part2")))["content"], "Question 1!");
  ASSERT_EQ(quizzed.size(), 1u);
  EXPECT_EQ(quizzed[0].message, "start part2");
  EXPECT_EQ(quizzed[0].conversation, "webhook:c1:u1");
  EXPECT_EQ(send(discord_message("!quiz quiet")).status, 204);

  const std::string nudge = body_of(send(discord_message("len,")))["content"];
  EXPECT_FALSE(nudge.empty());

  std::vector<std::string> keys;
  hooks_.rate_limited = [&keys](const std::string& key) -> std::optional<int> {
    keys.push_back(key);
    return 5;
  };
  const std::string slow = body_of(send(discord_message("len, again")))["content"];
  EXPECT_NE(slow.find("5 s"), std::string::npos) << slow;
  EXPECT_EQ(keys, std::vector<std::string>{"webhook:u1"});
  EXPECT_TRUE(asked_.empty());

  hooks_ = {};
  EXPECT_EQ(send(discord_message("len, hi")).status, 200);  // "not set up", in character
  EXPECT_EQ(send(discord_message("!quiz start")).status, 200);
}

}  // namespace
}  // namespace lenbot
