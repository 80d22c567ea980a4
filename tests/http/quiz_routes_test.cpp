// The quiz over a live server: a whole session, a restart in the middle (same state database),
// concurrent clicks on one question, every refusal with its status and code, and the rate limit
// the quiz shares with the chat route.
#include "bot/http/quiz_routes.h"

#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "tests/http/live_server.h"

namespace lenbot {
namespace {

using nlohmann::json;
using testing::LiveServerTest;

struct Reply {
  int status = 0;
  json body;
};

class QuizRoutesTest : public LiveServerTest {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    state_path_ = dir_->file(std::string(info->name()) + "_quiz.db");
    hub_ = std::make_unique<QuizHub>(hub_options());
    LiveServerTest::SetUp();
  }

  void mount_more_routes() override { mount_quiz_routes(router_, *hub_, *limiter_); }

  // Stops the server, drops every quiz connection, and serves again from the same state file.
  void restart() {
    LiveServerTest::TearDown();
    server_.reset();
    router_ = Router();
    hub_.reset();
    hub_ = std::make_unique<QuizHub>(hub_options());
    LiveServerTest::SetUp();
  }

  QuizHubOptions hub_options() const {
    QuizHubOptions options;
    options.corpus_path = LENBOT_SOURCE_DIR "/corpus/kagamine_len_article.txt";
    options.aliases_path = LENBOT_SOURCE_DIR "/corpus/aliases.tsv";
    options.persona_path = LENBOT_SOURCE_DIR "/personas/len.json";
    options.state_path = state_path_;
    return options;
  }

  Reply post(const std::string& path, const std::string& body) const {
    auto res = client().Post(path, body, "application/json");
    if (!res) return {};
    return {res->status, json::parse(res->body, nullptr, false)};
  }
  Reply post(const std::string& path, const json& body) const { return post(path, body.dump()); }
  Reply get(const std::string& target) const {
    auto res = client().Get(target);
    if (!res) return {};
    return {res->status, json::parse(res->body, nullptr, false)};
  }

  // Starts a quiz and skips until the waiting question has options to click.
  json start_with_options(const json& ids) {
    const Reply started = post("/api/quiz/start", ids);
    EXPECT_EQ(started.status, 200) << started.body;
    return with_options(ids, started.body["question"]);
  }

  // `question`, or the first one after it with options to click (skipping the others).
  json with_options(const json& ids, json question) {
    for (int i = 0; i < 50 && question.is_object() && question["options"].empty(); ++i) {
      question = post("/api/quiz/skip", ids).body["next"];
    }
    EXPECT_FALSE(question["options"].empty()) << "no question with options in 50 tries";
    return question;
  }

  std::unique_ptr<QuizHub> hub_;
  std::string state_path_;
};

void expect_score_shape(const json& score) {
  for (const char* key : {"points", "streak", "best_streak", "answered"}) {
    EXPECT_TRUE(score[key].is_number_integer()) << key << " in " << score;
  }
}

void expect_question_shape(const json& question) {
  ASSERT_TRUE(question.is_object()) << question;
  EXPECT_FALSE(question["id"].get<std::string>().empty());
  EXPECT_FALSE(question["text"].get<std::string>().empty());
  EXPECT_TRUE(question["options"].is_array());
  EXPECT_TRUE(question["part"].get<std::string>().starts_with("Part ") ||
              question["part"] == "Russia era")
      << question["part"];
}

void expect_answer_shape(const json& reply) {
  EXPECT_TRUE(reply["correct"].is_boolean());
  EXPECT_FALSE(reply["answer"].get<std::string>().empty());
  EXPECT_FALSE(reply["reply"].get<std::string>().empty());
  EXPECT_TRUE(reply["source"]["cite"].is_array());
  EXPECT_FALSE(reply["source"]["text"].get<std::string>().empty());
  expect_score_shape(reply["score"]);
  EXPECT_TRUE(reply.contains("next"));
}

TEST_F(QuizRoutesTest, AWholeSessionOverHttp) {
  const json ids = {{"channel", "web"}, {"user", "miku"}};

  json start = ids;
  start["until"] = "part4";
  start["order"] = "story";
  const Reply started = post("/api/quiz/start", start);
  ASSERT_EQ(started.status, 200) << started.body;
  expect_question_shape(started.body["question"]);
  EXPECT_NE(started.body["reply"].get<std::string>().find(
                started.body["question"]["text"].get<std::string>()),
            std::string::npos)
      << "Len asks the question";
  EXPECT_EQ(started.body["score"]["answered"], 0);

  json letter = ids;
  letter["answer"] = "B";
  const Reply by_letter = post("/api/quiz/answer", letter);
  ASSERT_EQ(by_letter.status, 200) << by_letter.body;
  expect_answer_shape(by_letter.body);
  EXPECT_EQ(by_letter.body["score"]["answered"], 1);

  const json question = with_options(ids, by_letter.body["next"]);
  const int before = get("/api/quiz/score?channel=web&user=miku").body["score"]["points"];
  json click = ids;
  click["question_id"] = question["id"];
  click["option"] = 0;
  const Reply clicked = post("/api/quiz/answer", click);
  ASSERT_EQ(clicked.status, 200) << clicked.body;
  expect_answer_shape(clicked.body);
  const bool right = question["options"][0] == clicked.body["answer"];
  EXPECT_EQ(clicked.body["correct"], right) << "option 0 is right exactly when it is the answer";
  EXPECT_EQ(clicked.body["score"]["points"].get<int>() > before, right);
  ASSERT_TRUE(clicked.body["next"].is_object());
  expect_question_shape(clicked.body["next"]);

  const Reply hint = post("/api/quiz/hint", ids);
  ASSERT_EQ(hint.status, 200) << hint.body;
  EXPECT_FALSE(hint.body["hint"].get<std::string>().empty());
  EXPECT_FALSE(hint.body["reply"].get<std::string>().empty());
  EXPECT_TRUE(hint.body["points_available"].is_number_integer());

  const Reply skipped = post("/api/quiz/skip", ids);
  ASSERT_EQ(skipped.status, 200) << skipped.body;
  EXPECT_EQ(skipped.body["skipped"], true);
  EXPECT_EQ(skipped.body["correct"], false);
  EXPECT_EQ(skipped.body["score"]["streak"], 0);

  const Reply score = get("/api/quiz/score?channel=web&user=miku");
  ASSERT_EQ(score.status, 200) << score.body;
  EXPECT_EQ(score.body["active"], true);
  EXPECT_EQ(score.body["score"], skipped.body["score"]);

  post("/api/quiz/start", json{{"channel", "web"}, {"user", "rin"}});
  const Reply board = get("/api/quiz/leaderboard?channel=web&limit=1000");
  ASSERT_EQ(board.status, 200) << board.body;
  EXPECT_EQ(board.body["channel"], "web");
  ASSERT_EQ(board.body["leaderboard"].size(), 2u) << "limit is capped, not refused";
  EXPECT_EQ(board.body["leaderboard"][0]["rank"], 1);
  const Reply top = get("/api/quiz/leaderboard?channel=web&limit=1");
  EXPECT_EQ(top.body["leaderboard"].size(), 1u);

  const Reply stopped = post("/api/quiz/stop", ids);
  ASSERT_EQ(stopped.status, 200) << stopped.body;
  EXPECT_EQ(stopped.body["active"], false);
  EXPECT_EQ(stopped.body["score"], skipped.body["score"]);
  EXPECT_EQ(post("/api/quiz/answer", letter).status, 409) << "no session after stop";
  EXPECT_EQ(get("/api/quiz/score?channel=web&user=miku").body["active"], false);
}

TEST_F(QuizRoutesTest, ARestartKeepsTheScoreAndTheWaitingQuestion) {
  const json ids = {{"channel", "web"}, {"user", "len"}};
  post("/api/quiz/start", ids);
  json text = ids;
  text["answer"] = "Kagamine Rin";
  ASSERT_EQ(post("/api/quiz/answer", text).status, 200);
  const json question = start_with_options(ids);
  const json before = get("/api/quiz/score?channel=web&user=len").body;

  restart();

  EXPECT_EQ(get("/api/quiz/score?channel=web&user=len").body, before);
  json click = ids;
  click["question_id"] = question["id"];
  click["option"] = 1;
  const Reply clicked = post("/api/quiz/answer", click);
  ASSERT_EQ(clicked.status, 200) << clicked.body;
  EXPECT_EQ(clicked.body["score"]["answered"], before["score"]["answered"].get<int>() + 1);
}

TEST_F(QuizRoutesTest, ConcurrentClicksOnOneQuestionCountOnce) {
  const json ids = {{"channel", "web"}, {"user", "fast-fingers"}};
  const json question = start_with_options(ids);
  const int answered =
      get("/api/quiz/score?channel=web&user=fast-fingers").body["score"]["answered"];
  json click = ids;
  click["question_id"] = question["id"];
  click["option"] = 2;

  constexpr int kThreads = 8;
  std::vector<Reply> replies(kThreads);
  std::atomic<bool> go{false};
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([&, i] {
      while (!go) std::this_thread::yield();
      replies[static_cast<std::size_t>(i)] = post("/api/quiz/answer", click);
    });
  }
  go = true;
  for (auto& thread : threads) thread.join();

  int accepted = 0;
  for (const auto& reply : replies) {
    if (reply.status == 200) {
      ++accepted;
      continue;
    }
    EXPECT_EQ(reply.status, 409) << reply.body;
    const std::set<std::string> late = {"already_answered", "stale_question", "no_question"};
    EXPECT_TRUE(late.contains(reply.body["code"].get<std::string>())) << reply.body;
  }
  EXPECT_EQ(accepted, 1);
  EXPECT_EQ(get("/api/quiz/score?channel=web&user=fast-fingers").body["score"]["answered"],
            answered + 1);
}

TEST_F(QuizRoutesTest, EveryRefusalHasItsStatusAndCode) {
  const json ids = {{"channel", "web"}, {"user", "tester"}};
  const json question = start_with_options(ids);
  struct Case {
    const char* name;
    std::string method;
    std::string target;
    std::string body;
    int status;
    const char* code;  // nullptr: the router's own error, which has no code
  };
  const auto with = [&ids](json extra) {
    json body = ids;
    if (extra.is_object()) body.update(extra);  // `{}` converts to null
    return body.dump();
  };
  const Case cases[] = {
      {"malformed json", "POST", "/api/quiz/start", "{\"channel\": ", 400, "bad_request"},
      {"not an object", "POST", "/api/quiz/start", "[1, 2]", 400, "bad_request"},
      {"nested too deep", "POST", "/api/quiz/hint", std::string(70, '[') + std::string(70, ']'),
       400, "bad_request"},
      {"missing channel", "POST", "/api/quiz/start", R"({"user": "u"})", 400, "bad_request"},
      {"missing user", "POST", "/api/quiz/skip", R"({"channel": "web"})", 400, "bad_request"},
      {"blank user", "POST", "/api/quiz/stop", R"({"channel": "web", "user": "  "})", 400,
       "bad_request"},
      {"user too long", "POST", "/api/quiz/start", with({{"user", std::string(101, 'u')}}), 400,
       "bad_request"},
      {"namespaced channel", "POST", "/api/quiz/start", with({{"channel", "discord:1"}}), 400,
       "bad_request"},
      {"bad until", "POST", "/api/quiz/start", with({{"until", "part9"}}), 400, "bad_request"},
      {"until not a string", "POST", "/api/quiz/start", with({{"until", 3}}), 400, "bad_request"},
      {"bad order", "POST", "/api/quiz/start", with({{"order", "random"}}), 400, "bad_request"},
      {"no answer at all", "POST", "/api/quiz/answer", with({}), 400, "bad_request"},
      {"blank answer", "POST", "/api/quiz/answer", with({{"answer", " \t"}}), 400, "bad_request"},
      {"answer of punctuation", "POST", "/api/quiz/answer", with({{"answer", "?!"}}), 400,
       "empty_answer"},
      {"answer too long", "POST", "/api/quiz/answer", with({{"answer", std::string(2001, 'a')}}),
       400, "bad_request"},
      {"option out of range", "POST", "/api/quiz/answer",
       with({{"question_id", question["id"]}, {"option", 4}}), 400, "bad_request"},
      {"option as text", "POST", "/api/quiz/answer",
       with({{"question_id", question["id"]}, {"option", "1"}}), 400, "bad_request"},
      {"option without question", "POST", "/api/quiz/answer", with({{"option", 1}}), 400,
       "bad_request"},
      {"answer and click", "POST", "/api/quiz/answer",
       with({{"answer", "B"}, {"question_id", question["id"]}, {"option", 1}}), 400, "bad_request"},
      {"stale question", "POST", "/api/quiz/answer",
       with({{"question_id", "q-not-current"}, {"option", 1}}), 409, "stale_question"},
      {"answer without session", "POST", "/api/quiz/answer",
       json{{"channel", "web"}, {"user", "nobody"}, {"answer", "Rin"}}.dump(), 409, "no_session"},
      {"hint without session", "POST", "/api/quiz/hint",
       json{{"channel", "web"}, {"user", "nobody"}}.dump(), 409, "no_session"},
      {"stop without session", "POST", "/api/quiz/stop",
       json{{"channel", "other"}, {"user", "tester"}}.dump(), 409, "no_session"},
      {"score of a stranger", "GET", "/api/quiz/score?channel=web&user=nobody", "", 409,
       "no_session"},
      {"score without user", "GET", "/api/quiz/score?channel=web", "", 400, "bad_request"},
      {"board of an empty channel", "GET", "/api/quiz/leaderboard?channel=empty", "", 404,
       "unknown_channel"},
      {"board without channel", "GET", "/api/quiz/leaderboard", "", 400, "bad_request"},
      {"board with a bad limit", "GET", "/api/quiz/leaderboard?channel=web&limit=ten", "", 400,
       "bad_request"},
      {"board with limit 0", "GET", "/api/quiz/leaderboard?channel=web&limit=0", "", 400,
       "bad_request"},
      {"get on a post route", "GET", "/api/quiz/start", "", 405, nullptr},
      {"post on a get route", "POST", "/api/quiz/score", "{}", 405, nullptr},
  };
  for (const auto& c : cases) {
    const Reply reply = c.method == "GET" ? get(c.target) : post(c.target, c.body);
    EXPECT_EQ(reply.status, c.status) << c.name << ": " << reply.body;
    ASSERT_TRUE(reply.body.is_object()) << c.name;
    EXPECT_TRUE(reply.body["error"].is_string()) << c.name << ": " << reply.body;
    if (c.code != nullptr) {
      EXPECT_EQ(reply.body["code"], c.code) << c.name;
    }
  }
  const Reply still =
      post("/api/quiz/answer", with({{"question_id", question["id"]}, {"option", 0}}));
  EXPECT_EQ(still.status, 200) << "the refusals left the waiting question alone: " << still.body;
}

class QuizRoutesRateLimitTest : public QuizRoutesTest {
 protected:
  int rate_capacity() const override { return 2; }
};

TEST_F(QuizRoutesRateLimitTest, TheQuizSpendsTheChatsBudget) {
  auto client = this->client();
  const auto chat =
      client.Post("/api/chat", R"({"message": "hi", "user": "a"})", "application/json");
  ASSERT_TRUE(chat);
  EXPECT_EQ(chat->status, 200);
  EXPECT_EQ(post("/api/quiz/start", json{{"channel", "web"}, {"user", "b"}}).status, 200);
  const auto limited = client.Get("/api/quiz/leaderboard?channel=web");
  ASSERT_TRUE(limited);
  EXPECT_EQ(limited->status, 429);
  EXPECT_FALSE(limited->get_header_value("Retry-After").empty());
  EXPECT_TRUE(json::parse(limited->body)["error"].is_string());
}

}  // namespace
}  // namespace lenbot
