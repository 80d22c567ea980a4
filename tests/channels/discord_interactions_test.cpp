#include "bot/channels/discord_interactions.h"

#include <gtest/gtest.h>

#include <cctype>
#include <set>

#include "tests/channels/test_signing_key.h"

namespace lenbot {
namespace {

using nlohmann::json;
using testing::TestSigningKey;

constexpr std::int64_t kNow = 1'700'000'000;

std::size_t code_points(std::string_view utf8) {
  std::size_t count = 0;
  for (const char c : utf8) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

json ask_interaction(const json& question, bool in_guild = true) {
  const json user = {{"id", "42"}, {"username", "rin_fan"}, {"global_name", "Rin Fan"}};
  json interaction = {{"type", 2},
                      {"id", "1"},
                      {"token", "t"},
                      {"channel_id", "777"},
                      {"data",
                       {{"name", "ask"},
                        {"type", 1},
                        {"options", {{{"name", "question"}, {"type", 3}, {"value", question}}}}}}};
  if (in_guild) {
    interaction["member"] = {{"user", user}, {"nick", "nick"}};
  } else {
    interaction["user"] = user;
  }
  return interaction;
}

class DiscordInteractionsTest : public ::testing::Test {
 protected:
  DiscordInteractionsTest() {
    config_.public_key_hex = key_.public_key_hex();
    hooks_.ask = [this](const ChatRequest& request) {
      asked_.push_back(request);
      return reply_;
    };
    reply_.reply = "Rin and I sang it together!";
    reply_.intent = "fact";
    reply_.sources = {{{57}, "Part 2", "They performed ..."}};
  }

  HttpResponse send(const std::string& body) {
    return handle_discord_interaction(key_.signed_request(body, kNow, kNow), config_, hooks_);
  }
  HttpResponse send(const json& interaction) { return send(interaction.dump()); }

  static json body_of(const HttpResponse& response) {
    EXPECT_EQ(response.content_type, "application/json");
    return json::parse(response.body, nullptr, false);
  }

  // Asserts an ephemeral type-4 reply and returns its content.
  static std::string ephemeral_content(const HttpResponse& response) {
    EXPECT_EQ(response.status, 200);
    const json body = body_of(response);
    EXPECT_EQ(body.value("type", 0), 4) << response.body;
    EXPECT_EQ(body["data"].value("flags", 0), 64) << response.body;
    EXPECT_EQ(body["data"]["allowed_mentions"], json({{"parse", json::array()}}));
    return body["data"].value("content", "");
  }

  TestSigningKey key_;
  DiscordConfig config_;
  DiscordHooks hooks_;
  ChatReply reply_;
  std::vector<ChatRequest> asked_;
};

TEST_F(DiscordInteractionsTest, AnswersPing) {
  const HttpResponse response = send(json{{"type", 1}});
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(body_of(response), json({{"type", 1}}));
  EXPECT_TRUE(asked_.empty());
}

TEST_F(DiscordInteractionsTest, AskPassesTheQuestionAndRendersTheReply) {
  const HttpResponse response = send(ask_interaction("Who is your twin?"));
  ASSERT_EQ(asked_.size(), 1u);
  EXPECT_EQ(asked_[0].message, "Who is your twin?");
  EXPECT_EQ(asked_[0].conversation, "discord:777:42");
  EXPECT_EQ(asked_[0].user, "Rin Fan");
  EXPECT_FALSE(asked_[0].until.has_value());

  EXPECT_EQ(response.status, 200);
  const json body = body_of(response);
  EXPECT_EQ(body["type"], 4);
  EXPECT_FALSE(body["data"].contains("flags"));
  EXPECT_EQ(body["data"]["allowed_mentions"], json({{"parse", json::array()}}));
  EXPECT_EQ(body["data"]["content"], "Rin and I sang it together!\n-# sources: [57] Part 2");
}

TEST_F(DiscordInteractionsTest, AskInADmUsesTheTopLevelUser) {
  send(ask_interaction("hi", false));
  ASSERT_EQ(asked_.size(), 1u);
  EXPECT_EQ(asked_[0].conversation, "discord:777:42");
}

TEST_F(DiscordInteractionsTest, LongRepliesFitAndMassMentionsAreDefused) {
  reply_.reply = "@everyone " + std::string(5000, 'x') + " @here";
  const json body = body_of(send(ask_interaction("Say it loud")));
  const std::string content = body["data"]["content"];
  EXPECT_LE(code_points(content), 2000u);
  EXPECT_EQ(content.find("@everyone"), std::string::npos);
  EXPECT_NE(content.find("@\u200Beveryone"), std::string::npos);
  EXPECT_NE(content.find("[57] Part 2"), std::string::npos);
  EXPECT_EQ(body["data"]["allowed_mentions"], json({{"parse", json::array()}}));
}

TEST_F(DiscordInteractionsTest, EmptyOrOddQuestionsGetAnEphemeralNudge) {
  const json no_options = {{"type", 2}, {"data", {{"name", "ask"}}}};
  json wrong_option = ask_interaction("x");
  wrong_option["data"]["options"][0]["name"] = "query";
  const json cases[] = {ask_interaction(""),
                        ask_interaction("   \n"),
                        ask_interaction(42),
                        ask_interaction(nullptr),
                        no_options,
                        wrong_option,
                        ask_interaction(std::string(4000, 'q'))};
  for (const json& interaction : cases) {
    EXPECT_FALSE(ephemeral_content(send(interaction)).empty()) << interaction.dump();
  }
  EXPECT_TRUE(asked_.empty());
}

TEST_F(DiscordInteractionsTest, UnknownCommandsAndMissingHooksAreEphemeral) {
  EXPECT_NE(ephemeral_content(send(json{{"type", 2}, {"data", {{"name", "dance"}}}})).find("/ask"),
            std::string::npos);
  EXPECT_FALSE(ephemeral_content(send(json{{"type", 2}, {"data", {{"name", "quiz"}}}})).empty());
  const json button = {{"type", 3}, {"data", {{"custom_id", "quiz:answer:2"}}}};
  EXPECT_FALSE(ephemeral_content(send(button)).empty());
  hooks_.ask = nullptr;
  EXPECT_FALSE(ephemeral_content(send(ask_interaction("hello?"))).empty());
}

TEST_F(DiscordInteractionsTest, QuizHooksReceiveTheInteraction) {
  std::vector<json> seen;
  hooks_.quiz_command = [&seen](const json& interaction) -> std::optional<json> {
    seen.push_back(interaction);
    return json{{"type", 4}, {"data", {{"content", "Question 1!"}}}};
  };
  hooks_.quiz_component = [&seen](const json& interaction) -> std::optional<json> {
    seen.push_back(interaction);
    return std::nullopt;
  };
  const json start = {{"type", 2}, {"data", {{"name", "quiz"}}}};
  const json body = body_of(send(start));
  EXPECT_EQ(body["data"]["content"], "Question 1!");
  EXPECT_EQ(body["data"]["allowed_mentions"], json({{"parse", json::array()}}));

  ephemeral_content(send(json{{"type", 3}, {"data", {{"custom_id", "quiz:a"}}}}));
  ephemeral_content(send(json{{"type", 3}, {"data", {{"custom_id", "poll:a"}}}}));
  // A submitted form (MODAL_SUBMIT) goes where buttons go, when it is one of Len's.
  ephemeral_content(send(json{{"type", 5}, {"data", {{"custom_id", "quiz:m:1:2:q1-1"}}}}));
  ephemeral_content(send(json{{"type", 5}, {"data", {{"custom_id", "poll:m"}}}}));
  ASSERT_EQ(seen.size(), 3u);
  EXPECT_EQ(seen[0], start);
  EXPECT_EQ(seen[1]["data"]["custom_id"], "quiz:a");
  EXPECT_EQ(seen[2]["type"], 5);
}

TEST_F(DiscordInteractionsTest, PublicRepliesCarryThePersonaAsEmbedAuthor) {
  int reads = 0;
  hooks_.author = [&reads] {
    ++reads;
    return EmbedAuthor{"Kagamine Len", "https://example.org/len.png"};
  };
  hooks_.quiz_command = [](const json&) -> std::optional<json> {
    return json{{"type", 4}, {"data", {{"content", "Question 1!"}}}};
  };
  hooks_.quiz_component = [](const json&) -> std::optional<json> {
    return json{{"type", 7}, {"data", {{"content", "Right! Question 2!"}}}};
  };
  const json author = {
      {"author", {{"name", "Kagamine Len"}, {"icon_url", "https://example.org/len.png"}}}};

  const json asked = body_of(send(ask_interaction("Who is your twin?")));
  EXPECT_EQ(asked["data"]["embeds"], json::array({author})) << asked.dump();
  EXPECT_EQ(asked["data"]["content"], "Rin and I sang it together!\n-# sources: [57] Part 2");
  const json quiz = body_of(send(json{{"type", 2}, {"data", {{"name", "quiz"}}}}));
  EXPECT_EQ(quiz["data"]["embeds"], json::array({author})) << quiz.dump();
  EXPECT_EQ(quiz["data"]["content"], "Question 1!");
  const json pressed = body_of(send(json{{"type", 3}, {"data", {{"custom_id", "quiz:a:1"}}}}));
  EXPECT_EQ(pressed["type"], 7);
  EXPECT_EQ(pressed["data"]["embeds"], json::array({author})) << pressed.dump();
  EXPECT_EQ(reads, 3) << "the persona is read per reply, so a reloaded one shows at once";

  // Refusals stay plain, ephemeral lines.
  const json nudge = body_of(send(ask_interaction("")));
  EXPECT_EQ(nudge["data"]["flags"], 64);
  EXPECT_FALSE(nudge["data"].contains("embeds")) << nudge.dump();
}

TEST_F(DiscordInteractionsTest, WithoutAnAuthorRepliesArePlainContent) {
  const json asked = body_of(send(ask_interaction("Who is your twin?")));
  EXPECT_FALSE(asked["data"].contains("embeds")) << asked.dump();
}

TEST_F(DiscordInteractionsTest, ABlockedChannelGetsOneEphemeralLine) {
  std::vector<std::string> checked;
  hooks_.channel_blocked = [&checked](const std::string& channel) {
    checked.push_back(channel);
    return channel == "777";
  };
  bool quiz_called = false;
  hooks_.quiz_command = [&quiz_called](const json&) -> std::optional<json> {
    quiz_called = true;
    return json{{"type", 4}, {"data", {{"content", "Question 1!"}}}};
  };
  EXPECT_NE(ephemeral_content(send(ask_interaction("Who is your twin?"))).find("quiet"),
            std::string::npos);
  EXPECT_TRUE(asked_.empty());
  json quiz = {{"type", 2}, {"channel_id", "777"}, {"data", {{"name", "quiz"}}}};
  EXPECT_NE(ephemeral_content(send(quiz)).find("quiet"), std::string::npos);
  json button = {{"type", 3}, {"channel_id", "777"}, {"data", {{"custom_id", "quiz:a"}}}};
  hooks_.quiz_component = [](const json&) -> std::optional<json> { return std::nullopt; };
  EXPECT_NE(ephemeral_content(send(button)).find("quiet"), std::string::npos);
  EXPECT_FALSE(quiz_called);
  quiz["channel_id"] = "778";
  EXPECT_EQ(body_of(send(quiz))["data"]["content"], "Question 1!");
  EXPECT_EQ(checked, (std::vector<std::string>{"777", "777", "777", "778"}));
}

TEST_F(DiscordInteractionsTest, QuizadminNeedsManageServerOrAdministrator) {
  std::vector<json> seen;
  hooks_.admin_command = [&seen](const json& interaction) {
    seen.push_back(interaction);
    return std::string("Leaderboard reset.");
  };
  hooks_.channel_blocked = [](const std::string&) { return true; };  // moderators still get in
  struct Case {
    json member;
    bool allowed;
  };
  const Case cases[] = {
      {{{"permissions", "32"}}, true},          // Manage Server
      {{{"permissions", "8"}}, true},           // Administrator
      {{{"permissions", "2147483647"}}, true},  // everything
      {{{"permissions", "2048"}}, false},       // Send Messages only
      {{{"permissions", "0"}}, false},
      {{{"permissions", 32}}, false},  // not the string Discord sends
      {{{"permissions", "32x"}}, false},
      {{{"permissions", "999999999999999999999999"}}, false},
      {json::object(), false},
      {nullptr, false},
  };
  for (const auto& c : cases) {
    json interaction = {
        {"type", 2},
        {"channel_id", "777"},
        {"data", {{"name", "quizadmin"}, {"options", {{{"name", "block-channel"}}}}}}};
    if (!c.member.is_null()) interaction["member"] = c.member;
    const std::size_t before = seen.size();
    const std::string line = ephemeral_content(send(interaction));
    EXPECT_EQ(seen.size() > before, c.allowed) << c.member.dump();
    EXPECT_EQ(line == "Leaderboard reset.", c.allowed) << c.member.dump() << ": " << line;
  }
}

TEST_F(DiscordInteractionsTest, RateLimitedUsersGetAnEphemeralSlowDown) {
  std::vector<std::string> keys;
  hooks_.rate_limited = [&keys](const std::string& user_key) -> std::optional<int> {
    keys.push_back(user_key);
    return 7;
  };
  const std::string content = ephemeral_content(send(ask_interaction("again?")));
  EXPECT_NE(content.find("7 s"), std::string::npos) << content;
  EXPECT_EQ(keys, std::vector<std::string>{"discord:42"});
  EXPECT_TRUE(asked_.empty());

  hooks_.rate_limited = [](const std::string&) -> std::optional<int> { return std::nullopt; };
  send(ask_interaction("now?"));
  EXPECT_EQ(asked_.size(), 1u);
}

TEST_F(DiscordInteractionsTest, RefusesUnsignedAndBadlySignedRequests) {
  const std::string body = ask_interaction("hi").dump();
  struct Case {
    const char* name;
    HttpRequest request;
  };
  std::vector<Case> cases;
  HttpRequest unsigned_request;
  unsigned_request.body = body;
  unsigned_request.now_unix = kNow;
  cases.push_back({"unsigned", unsigned_request});
  cases.push_back({"other key", TestSigningKey().signed_request(body, kNow, kNow)});
  cases.push_back({"stale", key_.signed_request(body, kNow - 600, kNow)});
  auto tampered = key_.signed_request(body, kNow, kNow);
  tampered.body = ask_interaction("hi!").dump();
  cases.push_back({"tampered", tampered});
  auto garbage = key_.signed_request(body, kNow, kNow);
  garbage.set_header(std::string(kDiscordSignatureHeader), "not hex");
  cases.push_back({"garbage signature", garbage});

  for (const auto& c : cases) {
    const HttpResponse response = handle_discord_interaction(c.request, config_, hooks_);
    EXPECT_EQ(response.status, 401) << c.name;
    EXPECT_TRUE(body_of(response).contains("error")) << c.name;
  }
  EXPECT_TRUE(asked_.empty());
}

TEST_F(DiscordInteractionsTest, AReplayedSignatureIsRefusedEvenInCapitals) {
  std::set<std::string> seen;
  hooks_.first_sighting = [&seen](const std::string& signature) {
    return seen.insert(signature).second;
  };
  const HttpRequest request = key_.signed_request(ask_interaction("hi").dump(), kNow, kNow);
  EXPECT_EQ(handle_discord_interaction(request, config_, hooks_).status, 200);
  HttpRequest capitals = request;
  std::string signature(*request.header(kDiscordSignatureHeader));
  for (char& c : signature) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  capitals.set_header(kDiscordSignatureHeader, signature);
  for (const HttpRequest* replay : std::vector<const HttpRequest*>{&request, &capitals}) {
    const HttpResponse response = handle_discord_interaction(*replay, config_, hooks_);
    EXPECT_EQ(response.status, 401);
    EXPECT_NE(body_of(response).value("error", "").find("replay"), std::string::npos);
  }
  // The same body signed at another second is a new request (Ed25519 is deterministic, so the
  // same second would be the same signature); a bad signature never reaches the ledger.
  const auto later = key_.signed_request(ask_interaction("hi").dump(), kNow + 1, kNow);
  EXPECT_EQ(handle_discord_interaction(later, config_, hooks_).status, 200);
  auto forged = key_.signed_request(ask_interaction("hi").dump(), kNow, kNow);
  forged.body += " ";
  EXPECT_EQ(handle_discord_interaction(forged, config_, hooks_).status, 401);
  EXPECT_EQ(seen.size(), 2u);
  EXPECT_EQ(asked_.size(), 2u);
}

TEST_F(DiscordInteractionsTest, MissingOrBrokenKeyIs503WithTheFix) {
  for (const char* public_key : {"", "abc", "zz"}) {
    config_.public_key_hex = public_key;
    const HttpResponse response = send(json{{"type", 1}});
    EXPECT_EQ(response.status, 503) << public_key;
    const std::string error = body_of(response).value("error", "");
    EXPECT_NE(error.find("discord.public_key"), std::string::npos) << error;
    EXPECT_NE(error.find("LENBOT_DISCORD_PUBLIC_KEY"), std::string::npos) << error;
  }
}

TEST_F(DiscordInteractionsTest, MalformedBodiesAre400) {
  const std::string cases[] = {"",
                               "{",
                               "[1,2]",
                               "\"ping\"",
                               R"({"type":"1"})",
                               R"({"type":1.5})",
                               R"({"type":99})",
                               "{\"type\":2,\"data\":{\"name\":\"ask\",\"options\":[{\"name\":"
                               "\"question\",\"value\":\"bad \xff utf8\"}]}}"};
  for (const std::string& body : cases) {
    EXPECT_EQ(send(body).status, 400) << body;
  }
  EXPECT_TRUE(asked_.empty());
}

TEST_F(DiscordInteractionsTest, OddShapesNeverThrow) {
  const json cases[] = {
      {{"type", 2}},
      {{"type", 2}, {"data", nullptr}},
      {{"type", 2}, {"data", {{"name", 5}}}},
      {{"type", 2}, {"data", {{"name", "ask"}, {"options", "question"}}}},
      {{"type", 2}, {"data", {{"name", "ask"}, {"options", {1, 2, nullptr}}}}},
      {{"type", 3}},
      {{"type", 3}, {"data", {{"custom_id", json::array()}}}},
      {{"type", 5}},
      {{"type", 5}, {"data", {{"custom_id", "quiz:m:1:2:q1-1"}, {"components", 7}}}},
      {{"type", 2}, {"member", 1}, {"user", "x"}, {"data", {{"name", "ask"}}}},
  };
  for (const json& interaction : cases) {
    const HttpResponse response = send(interaction);
    EXPECT_EQ(response.status, 200) << interaction.dump();
  }
  json weird_user = ask_interaction("who am i");
  weird_user["member"] = {{"user", {{"id", 5}}}};
  weird_user["channel_id"] = json::array();
  EXPECT_EQ(send(weird_user).status, 200);
  ASSERT_EQ(asked_.size(), 1u);
  EXPECT_EQ(asked_[0].message, "who am i");
}

TEST(DiscordCommandsTest, EveryCommandIsForServersThatInstalledIt) {
  for (const json& command : discord_command_definitions()) {
    EXPECT_EQ(command["contexts"], json({0})) << command["name"];
    EXPECT_EQ(command["integration_types"], json({0})) << command["name"];
  }
}

TEST(DiscordCommandsTest, QuizadminIsHiddenFromMembersWithoutManageServer) {
  const json commands = discord_command_definitions();
  ASSERT_EQ(commands.size(), 3u);
  const json& admin = commands[2];
  EXPECT_EQ(admin["name"], "quizadmin");
  EXPECT_EQ(admin["default_member_permissions"], "32");
  std::vector<std::string> subcommands;
  for (const json& option : admin["options"]) subcommands.push_back(option["name"]);
  EXPECT_EQ(subcommands, (std::vector<std::string>{"reset-leaderboard", "remove-user",
                                                   "block-channel", "unblock-channel"}));
  EXPECT_EQ(admin["options"][1]["options"][0]["type"], 6) << "a user picker";
  EXPECT_FALSE(commands[0].contains("default_member_permissions"));
}

TEST(DiscordCommandsTest, DefinesAskAndQuiz) {
  const json commands = discord_command_definitions();
  ASSERT_TRUE(commands.is_array());
  ASSERT_GE(commands.size(), 2u);

  const json& ask = commands[0];
  EXPECT_EQ(ask["name"], "ask");
  ASSERT_EQ(ask["options"].size(), 1u);
  const json& question = ask["options"][0];
  EXPECT_EQ(question["name"], "question");
  EXPECT_EQ(question["type"], 3);
  EXPECT_EQ(question["required"], true);
  EXPECT_EQ(question["max_length"], 500);

  const json& quiz = commands[1];
  EXPECT_EQ(quiz["name"], "quiz");
  std::vector<std::string> subcommands;
  for (const json& option : quiz["options"]) {
    EXPECT_EQ(option["type"], 1);
    subcommands.push_back(option["name"]);
  }
  EXPECT_EQ(subcommands, (std::vector<std::string>{"start", "score", "stop", "leaderboard",
                                                   "answer", "hint", "skip"}));
  const json& until = quiz["options"][0]["options"][0];
  EXPECT_EQ(until["name"], "until");
  EXPECT_EQ(until["required"], false);
  ASSERT_EQ(until["choices"].size(), 4u);
  EXPECT_EQ(until["choices"][0], json({{"name", "Part 1"}, {"value", "part1"}}));
  EXPECT_EQ(until["choices"][3]["value"], "part4");
  for (const json& command : commands) {
    EXPECT_LE(command["description"].get<std::string>().size(), 100u);
  }
}

}  // namespace
}  // namespace lenbot
