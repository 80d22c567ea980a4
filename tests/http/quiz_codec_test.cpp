#include "bot/http/quiz_codec.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace lenbot {
namespace {

using nlohmann::json;

TEST(QuizHttpCodecTest, DecodesTheDocumentedBodies) {
  const auto start = decode_quiz_start(
      R"({"channel": "web", "user": "u1", "until": "part3", "order": "shuffle"})");
  ASSERT_TRUE(start.ok()) << start.error;
  EXPECT_EQ(start.request.ids.channel, "web");
  EXPECT_EQ(start.request.ids.user, "u1");
  EXPECT_EQ(start.request.until, StoryPart::kPart3);
  EXPECT_FALSE(start.request.in_story_order);

  const auto plain = decode_quiz_start(R"({"channel": "web", "user": "u1", "until": null})");
  ASSERT_TRUE(plain.ok()) << plain.error;
  EXPECT_EQ(plain.request.until, std::nullopt);
  EXPECT_TRUE(plain.request.in_story_order);

  const auto text = decode_quiz_answer(R"({"channel": "a.b-c_1", "user": "Ü", "answer": "B"})");
  ASSERT_TRUE(text.ok()) << text.error;
  EXPECT_EQ(text.request.answer, "B");
  EXPECT_EQ(text.request.option, std::nullopt);

  const auto click =
      decode_quiz_answer(R"({"channel": "web", "user": "u", "question_id": "q7", "option": 3})");
  ASSERT_TRUE(click.ok()) << click.error;
  EXPECT_EQ(click.request.question_id, "q7");
  EXPECT_EQ(click.request.option, 3);
}

TEST(QuizHttpCodecTest, RefusesBadBodiesWithAMessage) {
  struct Case {
    std::string body;
    const char* expected;
  };
  const std::string ids = R"("channel": "web", "user": "u")";
  const Case cases[] = {
      {"", "not valid JSON"},
      {"\"web\"", "must be a JSON object"},
      {"{}", "\"channel\" must be a string"},
      {R"({"channel": "", "user": "u", "answer": "a"})", "\"channel\" is empty"},
      {R"({"channel": "discord:1", "user": "u", "answer": "a"})", "only letters, digits"},
      {R"({"channel": "w b", "user": "u", "answer": "a"})", "only letters, digits"},
      {"{\"channel\": \"" + std::string(65, 'c') + "\", \"user\": \"u\"}", "longer than 64"},
      {R"({"channel": "web", "user": 5})", "\"user\" must be a string"},
      {"{" + ids + "}", "\"answer\" must be a string"},
      {"{" + ids + R"(, "answer": ""})", "\"answer\" is empty"},
      {"{" + ids + ", \"answer\": \"" + std::string(2001, 'a') + "\"}", "longer than 2000"},
      {"{" + ids + R"(, "option": 1})", "\"question_id\" must be a string"},
      {"{" + ids + R"(, "question_id": "q1"})", "\"option\" must be a whole number"},
      {"{" + ids + R"(, "question_id": "q1", "option": -1})", "from 0 to 3"},
      {"{" + ids + R"(, "question_id": "q1", "option": 1.5})", "from 0 to 3"},
      {"{" + ids + R"(, "question_id": "q1", "option": true})", "from 0 to 3"},
      {"{" + ids + R"(, "question_id": "q1", "option": 99999999999999999999})", "from 0 to 3"},
      {"{" + ids + R"(, "answer": "B", "option": 1})", "not both"},
  };
  for (const auto& c : cases) {
    const auto decoded = decode_quiz_answer(c.body);
    EXPECT_NE(decoded.error.find(c.expected), std::string::npos)
        << "body: " << c.body.substr(0, 80) << "\nerror: " << decoded.error;
  }
}

TEST(QuizHttpCodecTest, StartRefusesBadUntilAndOrder) {
  struct Case {
    const char* body;
    const char* expected;
  };
  const Case cases[] = {
      {R"({"channel": "web", "user": "u", "until": "part9"})", "\"until\" must be one of"},
      {R"({"channel": "web", "user": "u", "until": 2})", "\"until\" must be a string"},
      {R"({"channel": "web", "user": "u", "order": "random"})", "\"order\" must be"},
      {R"({"channel": "web", "user": "u", "order": []})", "\"order\" must be a string"},
  };
  for (const auto& c : cases) {
    EXPECT_NE(decode_quiz_start(c.body).error.find(c.expected), std::string::npos) << c.body;
  }
}

HttpRequest query(std::initializer_list<std::pair<const char*, const char*>> params) {
  HttpRequest request;
  for (const auto& [name, value] : params) request.params.emplace(name, value);
  return request;
}

TEST(QuizHttpCodecTest, LeaderboardLimitIsOptionalAndCapped) {
  struct Case {
    const char* limit;  // nullptr: absent
    int expected;       // 0: refused
  };
  const Case cases[] = {
      {nullptr, kDefaultLeaderboardLimit},
      {"", kDefaultLeaderboardLimit},
      {"1", 1},
      {"50", 50},
      {"51", kMaxLeaderboardLimit},
      {"99999999999999999999999", kMaxLeaderboardLimit},
      {"0", 0},
      {"-3", 0},
      {"-99999999999999999999999", 0},
      {"ten", 0},
      {"5x", 0},
      {" 5", 0},
  };
  for (const auto& c : cases) {
    const auto request =
        c.limit ? query({{"channel", "web"}, {"limit", c.limit}}) : query({{"channel", "web"}});
    const auto decoded = decode_leaderboard_query(request);
    if (c.expected == 0) {
      EXPECT_FALSE(decoded.ok()) << "limit=" << c.limit;
    } else {
      ASSERT_TRUE(decoded.ok()) << "limit=" << (c.limit ? c.limit : "(none)") << decoded.error;
      EXPECT_EQ(decoded.request.limit, c.expected) << "limit=" << (c.limit ? c.limit : "(none)");
    }
  }
  EXPECT_FALSE(decode_leaderboard_query(query({})).ok());
  EXPECT_FALSE(decode_leaderboard_query(query({{"channel", "discord:9"}})).ok());
  EXPECT_TRUE(decode_score_query(query({{"channel", "web"}, {"user", "u"}})).ok());
  EXPECT_FALSE(decode_score_query(query({{"channel", "web"}})).ok());
}

TEST(QuizHttpCodecTest, ErrorCodesMapToStatuses) {
  struct Case {
    QuizErrorCode code;
    int status;
    const char* name;
  };
  const Case cases[] = {
      {QuizErrorCode::kUnknownChannel, 404, "unknown_channel"},
      {QuizErrorCode::kBadUser, 400, "bad_user"},
      {QuizErrorCode::kNoSession, 409, "no_session"},
      {QuizErrorCode::kNoQuestion, 409, "no_question"},
      {QuizErrorCode::kStaleQuestion, 409, "stale_question"},
      {QuizErrorCode::kAlreadyAnswered, 409, "already_answered"},
      {QuizErrorCode::kEmptyAnswer, 400, "empty_answer"},
      {QuizErrorCode::kBadOption, 400, "bad_option"},
      {QuizErrorCode::kNoQuestions, 409, "no_questions"},
  };
  for (const auto& c : cases) {
    const HttpResponse response = quiz_error_reply({c.code, "why"});
    EXPECT_EQ(response.status, c.status) << c.name;
    EXPECT_EQ(response.content_type, "application/json") << c.name;
    EXPECT_EQ(json::parse(response.body), (json{{"error", "why"}, {"code", c.name}})) << c.name;
  }
  EXPECT_EQ(json::parse(quiz_bad_request("no").body),
            (json{{"error", "no"}, {"code", "bad_request"}}));
}

}  // namespace
}  // namespace lenbot
