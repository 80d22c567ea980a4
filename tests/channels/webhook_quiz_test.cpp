#include "bot/channels/webhook_quiz.h"

#include <gtest/gtest.h>

#include "bot/channels/message_webhook.h"
#include "bot/quiz/sqlite_quiz_store.h"
#include "tests/quiz/quiz_test_support.h"

namespace lenbot {
namespace {

using nlohmann::json;
using testing::TempDb;
using testing::test_bank;
using testing::test_voice;

json chat_message(const std::string& content, const std::string& user = "u1") {
  return {{"channel_id", "c1"},
          {"author", {{"id", user}, {"username", "fan_" + user}}},
          {"content", content}};
}

// The webhook handler wired to a real quiz service, as channel_routes.cpp wires it.
class WebhookQuizTest : public ::testing::Test {
 protected:
  WebhookQuizTest() : db_("webhook"), store_(db_.path()), quiz_(test_bank(), test_voice(), store_) {
    hooks_.ask = [](const ChatRequest&) { return ChatReply{"Hi!", "smalltalk", 1.0, {}}; };
    hooks_.quiz = [this](const ChatRequest& r) -> std::optional<std::string> {
      return webhook_quiz_command(r, quiz_);
    };
    hooks_.quiz_running = [this](const ChatRequest& r) { return webhook_quiz_running(r, quiz_); };
    hooks_.quiz_move = [this](const ChatRequest& r) -> std::optional<std::string> {
      return webhook_quiz_move(r, quiz_);
    };
    hooks_.rate_limited = [this](const std::string& key) -> std::optional<int> {
      limited_.push_back(key);
      return std::nullopt;
    };
  }

  // The reply's content, or "<status>" when there is no 200.
  std::string say(const std::string& text, const std::string& user = "u1") {
    HttpRequest request;
    request.headers.emplace("Content-Type", "application/json");
    request.body = chat_message(text, user).dump();
    const HttpResponse response = handle_message_webhook(request, config_, hooks_);
    if (response.status != 200) return "<" + std::to_string(response.status) + ">";
    return json::parse(response.body)["content"].get<std::string>();
  }

  QuizSession session(const std::string& user = "u1") {
    return store_.session("webhook:c1", user).value_or(QuizSession{});
  }

  TempDb db_;
  SqliteQuizStore store_;
  QuizService quiz_;
  WebhookConfig config_;
  WebhookHooks hooks_;
  std::vector<std::string> limited_;
};

TEST_F(WebhookQuizTest, PlainMovesCountOnlyWhileTheSendersQuizRuns) {
  EXPECT_EQ(say("hint"), "<204>");
  EXPECT_TRUE(limited_.empty()) << "chatter must not spend rate-limit tokens";

  const std::string asked = say("!quiz start part2");
  EXPECT_NE(asked.find(test_bank().find(session().current_question)->text), std::string::npos);
  EXPECT_EQ(session().until, StoryPart::kPart2);

  EXPECT_EQ(say("hint", "u2"), "<204>");  // someone else's chatter
  EXPECT_NE(say("Hint ").find("(worth"), std::string::npos);
  const std::string answer = test_bank().find(session().current_question)->answer;
  const std::string graded = say(answer);
  EXPECT_NE(graded.find("(source: ["), std::string::npos) << graded;
  EXPECT_EQ(session().score.correct, 1);
  EXPECT_EQ(session().score.answered, 1);

  const int seq = session().current_seq;
  const std::string skipped = say("!quiz skip");
  EXPECT_NE(skipped.find("(source: ["), std::string::npos) << skipped;
  EXPECT_EQ(session().current_seq, seq + 1) << skipped;
  EXPECT_NE(say("leaderboard").find("1. u1 - "), std::string::npos);
  EXPECT_FALSE(say("score").empty());
  EXPECT_FALSE(say("stop").empty());
  EXPECT_FALSE(session().active);
  EXPECT_EQ(say("skip"), "<204>");
  EXPECT_NE(say("!quiz skip").find("`!quiz`"), std::string::npos);
  EXPECT_EQ(limited_.front(), "webhook:u1");
}

TEST_F(WebhookQuizTest, StartRefusesAnUnknownPart) {
  EXPECT_NE(say("!quiz start part9").find("part1 to part4"), std::string::npos);
  EXPECT_FALSE(session().active);
}

}  // namespace
}  // namespace lenbot
