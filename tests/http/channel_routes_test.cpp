// The channels over real HTTP: signed Discord interactions and the message webhook, mounted by
// mount_channel_routes on a live server with the real Bot core and quiz.
#include "bot/http/channel_routes.h"

#include <gtest/gtest.h>

#include <ctime>
#include <mutex>

#include "bot/channels/discord_quiz_buttons.h"
#include "tests/channels/test_signing_key.h"
#include "tests/http/live_server.h"

namespace lenbot {
namespace {

using nlohmann::json;
using testing::TestSigningKey;

json member(const std::string& user_id) {
  return {{"user", {{"id", user_id}, {"username", "fan" + user_id}, {"global_name", "Fan"}}}};
}

json slash(const std::string& channel, const std::string& user_id, const std::string& name,
           json options) {
  return {{"type", 2},
          {"id", "1"},
          {"token", "t"},
          {"channel_id", channel},
          {"member", member(user_id)},
          {"data", {{"name", name}, {"type", 1}, {"options", std::move(options)}}}};
}

json ask(const std::string& question) {
  return slash("100", "42", "ask", {{{"name", "question"}, {"type", 3}, {"value", question}}});
}

json quiz(const std::string& channel, const std::string& sub, const std::string& user_id = "42") {
  return slash(channel, user_id, "quiz",
               {{{"name", sub}, {"type", 1}, {"options", json::array()}}});
}

json press(const std::string& channel, const std::string& custom_id,
           const std::string& user_id = "42") {
  return {{"type", 3},
          {"id", "2"},
          {"token", "t"},
          {"channel_id", channel},
          {"member", member(user_id)},
          {"message", {{"id", "5"}}},
          {"data", {{"custom_id", custom_id}, {"component_type", 2}}}};
}

json message(const std::string& content, bool bot = false) {
  return {{"id", "9"},
          {"channel_id", "300"},
          {"content", content},
          {"author", {{"id", "77"}, {"username", "rin_fan"}, {"bot", bot}}}};
}

class ChannelRoutesTest : public testing::LiveServerTest {
 protected:
  static void SetUpTestSuite() {
    LiveServerTest::SetUpTestSuite();
    QuizHubOptions options;
    options.corpus_path = LENBOT_SOURCE_DIR "/corpus/kagamine_len_article.txt";
    options.aliases_path = LENBOT_SOURCE_DIR "/corpus/aliases.tsv";
    options.persona_path = LENBOT_SOURCE_DIR "/personas/len.json";
    options.state_path = dir_->file("quiz.db");
    hub_ = new QuizHub(options);
  }
  static void TearDownTestSuite() {
    delete hub_;
    hub_ = nullptr;
    LiveServerTest::TearDownTestSuite();
  }

  virtual std::string public_key() const { return key_.public_key_hex(); }

  void SetUp() override {
    DiscordSettings discord;
    discord.public_key = public_key();
    ChannelServices services{[](const ChatRequest& request) { return bot_->ask(request); }, *hub_,
                             *channel_limiter_};
    services.author = [this] { return author(); };
    mount_channel_routes(router_, discord, WebhookSettings{}, std::move(services));
    LiveServerTest::SetUp();
  }

  // The persona the routes sign with; the server's threads read it per request.
  EmbedAuthor author() const {
    const std::lock_guard lock(author_mutex_);
    return author_;
  }
  void set_author(EmbedAuthor author) {
    const std::lock_guard lock(author_mutex_);
    author_ = std::move(author);
  }

  // Posts `body` to /discord/interactions signed now, or with one signature bit flipped.
  httplib::Result interact(const std::string& body, bool good_signature = true) const {
    const std::string stamp = std::to_string(std::time(nullptr));
    std::string signature = key_.sign_hex(stamp + body);
    if (!good_signature) signature[0] = signature[0] == '0' ? '1' : '0';
    httplib::Headers headers = {{"X-Signature-Ed25519", signature},
                                {"X-Signature-Timestamp", stamp}};
    return client().Post("/discord/interactions", headers, body, "application/json");
  }

  // The parsed response body after asserting a 200.
  json interact_ok(const json& interaction) const {
    const auto res = interact(interaction.dump());
    EXPECT_TRUE(res);
    if (!res) return {};
    EXPECT_EQ(res->status, 200) << res->body;
    return json::parse(res->body, nullptr, false);
  }

  // Starts a quiz in `channel` and skips until the question has buttons; that response.
  json start_with_buttons(const std::string& channel) const {
    json response = interact_ok(quiz(channel, "start"));
    // A fill-in question has one button (Answer); an option question has one per option.
    const auto options = [](const json& r) {
      return r["data"].contains("components") ? r["data"]["components"][0]["components"].size()
                                              : 0u;
    };
    for (int i = 0; i < 50 && options(response) < 2; ++i) {
      response = interact_ok(quiz(channel, "skip"));
    }
    return response;
  }

  httplib::Result webhook(const json& payload) const {
    return client().Post("/webhook/message", payload.dump(), "application/json");
  }

  static bool is_ephemeral(const json& response) {
    return response["type"] == 4 && response["data"].value("flags", 0) == 64;
  }

  static inline QuizHub* hub_ = nullptr;
  TestSigningKey key_;
  std::unique_ptr<RateLimiter> channel_limiter_ =
      std::make_unique<RateLimiter>(100000, std::chrono::seconds(60));
  mutable std::mutex author_mutex_;
  EmbedAuthor author_{"Kagamine Len", "https://example.org/len.png"};
};

TEST_F(ChannelRoutesTest, AnswersASignedPing) {
  EXPECT_EQ(interact_ok(json{{"type", 1}}), json({{"type", 1}}));
}

TEST_F(ChannelRoutesTest, RefusesABadSignature) {
  const auto bad = interact(json{{"type", 1}}.dump(), false);
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 401);
  const auto unsigned_ping =
      client().Post("/discord/interactions", R"({"type":1})", "application/json");
  ASSERT_TRUE(unsigned_ping);
  EXPECT_EQ(unsigned_ping->status, 401);
}

TEST_F(ChannelRoutesTest, AskGetsLensAnswerWithoutPings) {
  const json response = interact_ok(ask("who is rin?"));
  EXPECT_EQ(response["type"], 4);
  EXPECT_FALSE(response["data"]["content"].get<std::string>().empty());
  EXPECT_FALSE(response["data"].contains("flags"));
  EXPECT_EQ(response["data"]["allowed_mentions"], json({{"parse", json::array()}}));
}

TEST_F(ChannelRoutesTest, RepliesAreSignedWithThePersonaOfTheMoment) {
  const json asked = interact_ok(ask("who is rin?"));
  EXPECT_EQ(asked["data"]["embeds"][0]["author"],
            json({{"name", "Kagamine Len"}, {"icon_url", "https://example.org/len.png"}}))
      << asked.dump();
  const json started = interact_ok(quiz("205", "start"));
  EXPECT_EQ(started["data"]["embeds"][0]["author"]["name"], "Kagamine Len") << started.dump();
  const auto hooked = webhook(message("len, who is rin?"));
  ASSERT_TRUE(hooked);
  ASSERT_EQ(hooked->status, 200) << hooked->body;
  EXPECT_EQ(json::parse(hooked->body)["username"], "Kagamine Len");
  EXPECT_EQ(json::parse(hooked->body)["avatar_url"], "https://example.org/len.png");

  // A replaced persona (SIGHUP) signs the very next reply.
  set_author({"Len (reloaded)", ""});
  const json again = interact_ok(ask("who is rin?"));
  EXPECT_EQ(again["data"]["embeds"][0]["author"], json({{"name", "Len (reloaded)"}}));
  const auto hooked_again = webhook(message("len, who is rin?"));
  ASSERT_TRUE(hooked_again);
  const json body = json::parse(hooked_again->body);
  EXPECT_EQ(body["username"], "Len (reloaded)");
  EXPECT_FALSE(body.contains("avatar_url")) << body.dump();
}

TEST_F(ChannelRoutesTest, QuizStartPostsButtonsAndAPressUpdatesTheMessage) {
  const json started = start_with_buttons("200");
  ASSERT_EQ(started["type"], 4) << started.dump();
  const json& live = started["data"]["components"][0]["components"];
  ASSERT_GE(live.size(), 2u);
  const auto first = decode_quiz_button(live[0]["custom_id"].get<std::string>());
  ASSERT_TRUE(first);
  const QuizQuestion* q = hub_->bank().find(first->question_id);
  ASSERT_NE(q, nullptr);

  const int wrong = (q->correct_option + 1) % static_cast<int>(q->options.size());
  const json graded = interact_ok(press("200", live[static_cast<std::size_t>(wrong)]["custom_id"]));
  ASSERT_EQ(graded["type"], 7) << graded.dump();
  const json& row = graded["data"]["components"][0]["components"];
  for (int i = 0; i < static_cast<int>(row.size()); ++i) {
    const auto& button = row[static_cast<std::size_t>(i)];
    EXPECT_EQ(button["disabled"], true);
    EXPECT_EQ(button["style"], i == q->correct_option ? 3 : i == wrong ? 4 : 2) << i;
  }
  EXPECT_EQ(graded["data"]["allowed_mentions"], json({{"parse", json::array()}}));

  const json again =
      interact_ok(press("200", live[static_cast<std::size_t>(q->correct_option)]["custom_id"]));
  EXPECT_TRUE(is_ephemeral(again)) << again.dump();
}

TEST_F(ChannelRoutesTest, ForgedStaleAndStrangersPressesAreRefused) {
  const json started = start_with_buttons("201");
  const std::string id = started["data"]["components"][0]["components"][0]["custom_id"];
  for (const json& interaction : {press("201", id, "43"), press("201", "quiz:a:201:42:q0-0:0"),
                                  press("201", "quiz:a:201:42:" + std::string(80, '1') + ":0"),
                                  press("201", "quiz:x"), press("201", "other:button")}) {
    const json response = interact_ok(interaction);
    EXPECT_TRUE(is_ephemeral(response)) << interaction.dump() << " -> " << response.dump();
  }
  EXPECT_EQ(interact_ok(press("201", id))["type"], 7);
}

TEST_F(ChannelRoutesTest, WebhookAnswersWhenAddressedOnly) {
  const auto answered = webhook(message("len, who is rin?"));
  ASSERT_TRUE(answered);
  ASSERT_EQ(answered->status, 200) << answered->body;
  const json body = json::parse(answered->body);
  EXPECT_FALSE(body["content"].get<std::string>().empty());
  EXPECT_EQ(body["allowed_mentions"], json({{"parse", json::array()}}));
  for (const json& quiet : {message("who is rin?"), message("len, who is rin?", true)}) {
    const auto res = webhook(quiet);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 204) << quiet.dump();
  }
}

TEST_F(ChannelRoutesTest, WebhookQuizFlow) {
  const auto content = [this](const std::string& text) {
    const auto res = webhook(message(text));
    EXPECT_TRUE(res);
    if (!res || res->status != 200)
      return std::string(res ? "status " + std::to_string(res->status) : "none");
    return json::parse(res->body)["content"].get<std::string>();
  };
  const std::string asked = content("!quiz");
  EXPECT_NE(asked.find("hint, skip, score or stop"), std::string::npos) << asked;
  EXPECT_NE(content("hint"), "status 204");
  const std::string graded = content("Gakupo");  // plain text answers while the quiz runs
  EXPECT_NE(graded.find("(source: ["), std::string::npos) << graded;
  EXPECT_NE(content("score"), "status 204");
  EXPECT_NE(content("!quiz leaderboard").find("1. <@77>"), std::string::npos);
  EXPECT_NE(content("stop"), "status 204");
  EXPECT_EQ(content("skip"), "status 204");  // no quiz running: chatter again
}

class ChannelRoutesNoKeyTest : public ChannelRoutesTest {
 protected:
  std::string public_key() const override { return ""; }
};

TEST_F(ChannelRoutesNoKeyTest, DiscordIsUnavailableUntilAKeyIsSet) {
  const auto res = interact(json{{"type", 1}}.dump());
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 503);
  EXPECT_NE(res->body.find("LENBOT_DISCORD_PUBLIC_KEY"), std::string::npos);
}

class ChannelRoutesRateLimitTest : public ChannelRoutesTest {
 protected:
  void SetUp() override {
    channel_limiter_ = std::make_unique<RateLimiter>(1, std::chrono::seconds(60));
    ChannelRoutesTest::SetUp();
  }
};

TEST_F(ChannelRoutesRateLimitTest, DiscordSlowDownIsAnEphemeral200) {
  EXPECT_FALSE(is_ephemeral(interact_ok(ask("who is rin?"))));
  const json slowed = interact_ok(ask("who is miku?"));
  EXPECT_TRUE(is_ephemeral(slowed));
  EXPECT_NE(slowed["data"]["content"].get<std::string>().find("Try again in"), std::string::npos);
}

}  // namespace
}  // namespace lenbot
