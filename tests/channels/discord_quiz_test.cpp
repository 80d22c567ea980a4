#include "bot/channels/discord_quiz.h"

#include <gtest/gtest.h>

#include "bot/channels/discord_quiz_buttons.h"
#include "bot/quiz/sqlite_quiz_store.h"
#include "tests/quiz/quiz_test_support.h"

namespace lenbot {
namespace {

using nlohmann::json;
using testing::TempDb;
using testing::test_bank;
using testing::test_voice;

constexpr const char* kChannel = "777";
constexpr const char* kOwner = "42";

json user(const std::string& id) { return {{"id", id}, {"username", "fan" + id}}; }

json quiz_command(const std::string& sub, json options = json::array(),
                  const std::string& user_id = kOwner) {
  return {{"type", 2},
          {"channel_id", kChannel},
          {"member", {{"user", user(user_id)}}},
          {"data",
           {{"name", "quiz"}, {"options", {{{"type", 1}, {"name", sub}, {"options", options}}}}}}};
}

json press(const std::string& custom_id, const std::string& user_id = kOwner) {
  return {{"type", 3},
          {"channel_id", kChannel},
          {"member", {{"user", user(user_id)}}},
          {"data", {{"custom_id", custom_id}, {"component_type", 2}}}};
}

json submit(const std::string& custom_id, const std::string& text,
            const std::string& user_id = kOwner) {
  const json input = {{"type", 4}, {"custom_id", "answer"}, {"value", text}};
  return {{"type", 5},
          {"channel_id", kChannel},
          {"member", {{"user", user(user_id)}}},
          {"data",
           {{"custom_id", custom_id},
            {"components", {{{"type", 1}, {"components", json::array({input})}}}}}}};
}

bool is_ephemeral(const json& response) {
  return response["type"] == 4 && response["data"].value("flags", 0) == 64;
}

class DiscordQuizTest : public ::testing::Test {
 protected:
  DiscordQuizTest()
      : db_("discord"), store_(db_.path()), quiz_(test_bank(), test_voice(), store_) {}

  // Starts a quiz and skips until a multiple-choice question is up; returns that response.
  json start_multiple_choice() {
    json response = discord_quiz_command(quiz_command("start"), quiz_);
    for (int i = 0; i < 50 && current().kind == QuestionKind::kFillIn; ++i) {
      response = discord_quiz_command(quiz_command("skip"), quiz_);
    }
    return response;
  }

  // Starts a quiz and skips until a fill-in question is up; returns that response.
  json start_fill_in() {
    json response = discord_quiz_command(quiz_command("start"), quiz_);
    for (int i = 0; i < 50 && current().kind != QuestionKind::kFillIn; ++i) {
      response = discord_quiz_command(quiz_command("skip"), quiz_);
    }
    return response;
  }

  static json live_row(const json& response) {
    const json& rows = response["data"]["components"];
    return rows.empty() ? json() : rows.back();
  }

  const QuizQuestion& current() {
    return *test_bank().find(store_.session("discord:777", kOwner)->current_question);
  }

  TempDb db_;
  SqliteQuizStore store_;
  QuizService quiz_;
};

TEST_F(DiscordQuizTest, StartPostsTheQuestionWithButtons) {
  const json response = start_multiple_choice();
  ASSERT_EQ(response["type"], 4) << response.dump();
  EXPECT_FALSE(response["data"].contains("flags"));
  EXPECT_EQ(response["data"]["allowed_mentions"], json({{"parse", json::array()}}));
  const QuizQuestion& q = current();
  EXPECT_NE(response["data"]["content"].get<std::string>().find(q.text), std::string::npos);
  const json row = live_row(response);
  ASSERT_EQ(row["components"].size(), q.options.size());
  for (std::size_t i = 0; i < q.options.size(); ++i) {
    const auto button = decode_quiz_button(row["components"][i]["custom_id"].get<std::string>());
    ASSERT_TRUE(button);
    EXPECT_EQ(*button, (QuizButton{kChannel, kOwner, q.id, static_cast<int>(i)}));
  }
}

TEST_F(DiscordQuizTest, FillInQuestionsComeWithAnAnswerButton) {
  const json response = start_fill_in();
  ASSERT_EQ(current().kind, QuestionKind::kFillIn);
  const json row = live_row(response);
  ASSERT_EQ(row["components"].size(), 1u) << response.dump();
  EXPECT_EQ(row["components"][0]["label"], "Answer");
  const std::string custom_id = row["components"][0]["custom_id"];
  EXPECT_EQ(decode_fill_in(custom_id, FillInStep::kOpen),
            (QuizFillIn{kChannel, kOwner, current().id}));
  EXPECT_EQ(custom_id.find(current().answer), std::string::npos) << "the id never holds the answer";
  EXPECT_NE(response["data"]["content"].get<std::string>().find("/quiz answer"), std::string::npos);
  // `/quiz answer` still works.
  const json graded = discord_quiz_command(
      quiz_command("answer", {{{"name", "text"}, {"type", 3}, {"value", current().answer}}}),
      quiz_);
  EXPECT_EQ(graded["type"], 4);
  EXPECT_EQ(store_.session("discord:777", kOwner)->score.correct, 1);
}

TEST_F(DiscordQuizTest, AnswerOpensAFormAndItsSubmitGradesAndUpdatesTheMessage) {
  for (const bool right : {true, false}) {
    const json started = start_fill_in();
    const QuizQuestion q = current();
    const json form = discord_quiz_component(press(live_row(started)["components"][0]["custom_id"]),
                                             quiz_, test_bank());
    ASSERT_EQ(form["type"], 9) << form.dump();
    const std::string form_id = form["data"]["custom_id"];
    EXPECT_EQ(decode_fill_in(form_id, FillInStep::kSubmit), (QuizFillIn{kChannel, kOwner, q.id}));
    EXPECT_EQ(form.dump().find(q.answer), std::string::npos) << "the form never holds the answer";

    const std::string typed = right ? q.answer : "definitely not it";
    const json response = discord_quiz_component(submit(form_id, typed), quiz_, test_bank());
    ASSERT_EQ(response["type"], 7) << response.dump();
    const json& shown = response["data"]["components"][0]["components"][0];
    EXPECT_EQ(shown["label"], typed);
    EXPECT_EQ(shown["style"], right ? 3 : 4);
    EXPECT_EQ(shown["disabled"], true);
    const std::string content = response["data"]["content"];
    if (!right) {
      EXPECT_NE(content.find(q.answer), std::string::npos) << "Len tells it: " << content;
    }
    EXPECT_NE(content.find(current().text), std::string::npos) << "next question in " << content;
    const auto session = store_.session("discord:777", kOwner);
    EXPECT_EQ(session->score.correct, 1);
    EXPECT_NE(session->current_question, q.id);
  }
}

TEST_F(DiscordQuizTest, FormsAreRefusedForStrangersOldQuestionsAndOddSubmits) {
  const json started = start_fill_in();
  const std::string open_id = live_row(started)["components"][0]["custom_id"];
  const QuizQuestion q = current();
  const std::string form_id = "quiz:m:777:42:" + q.id;

  const json stranger = discord_quiz_component(press(open_id, "99"), quiz_, test_bank());
  EXPECT_TRUE(is_ephemeral(stranger)) << stranger.dump();
  EXPECT_TRUE(
      is_ephemeral(discord_quiz_component(submit(form_id, q.answer, "99"), quiz_, test_bank())));
  const json forged[] = {
      submit("quiz:m:888:42:" + q.id, q.answer),    // another channel
      submit("quiz:m:777:42:q999999-9", q.answer),  // not the waiting question
      submit("quiz:f:777:42:" + q.id, q.answer),    // a button's id, not a form's
      submit(form_id, "?!"),                        // nothing to grade
      {{"type", 5},
       {"channel_id", kChannel},
       {"member", {{"user", user(kOwner)}}},
       {"data", {{"custom_id", form_id}}}},  // no text input at all
      {{"type", 5}, {"channel_id", kChannel}, {"member", {{"user", user(kOwner)}}}},
  };
  for (const json& interaction : forged) {
    EXPECT_TRUE(is_ephemeral(discord_quiz_component(interaction, quiz_, test_bank())))
        << interaction.dump();
  }
  EXPECT_EQ(store_.session("discord:777", kOwner)->score.answered, 0);

  EXPECT_EQ(discord_quiz_component(submit(form_id, q.answer), quiz_, test_bank())["type"], 7);
  // The same form again, or the old "Answer" button: that question is gone.
  EXPECT_TRUE(is_ephemeral(discord_quiz_component(submit(form_id, q.answer), quiz_, test_bank())));
  EXPECT_TRUE(is_ephemeral(discord_quiz_component(press(open_id), quiz_, test_bank())));
  EXPECT_EQ(store_.session("discord:777", kOwner)->score.answered, 1);
}

TEST_F(DiscordQuizTest, APressGradesAndUpdatesTheMessage) {
  for (const bool right : {true, false}) {
    const json started = start_multiple_choice();
    const QuizQuestion q = current();
    const int pick = right ? q.correct_option : (q.correct_option + 1) % 4;
    const json response = discord_quiz_component(
        press(live_row(started)["components"][static_cast<std::size_t>(pick)]["custom_id"]), quiz_,
        test_bank());
    ASSERT_EQ(response["type"], 7) << response.dump();
    EXPECT_EQ(response["data"]["allowed_mentions"], json({{"parse", json::array()}}));
    const json& graded = response["data"]["components"][0]["components"];
    for (int i = 0; i < static_cast<int>(q.options.size()); ++i) {
      const int style = i == q.correct_option ? 3 : i == pick ? 4 : 2;
      const auto& button = graded[static_cast<std::size_t>(i)];
      EXPECT_EQ(button["style"], style) << "right=" << right << " button " << i;
      EXPECT_EQ(button["disabled"], true);
    }
    const std::string content = response["data"]["content"];
    EXPECT_NE(content.find("-# source: [" + std::to_string(q.cites.at(0)) + "]"), std::string::npos)
        << content;
    EXPECT_NE(content.find(current().text), std::string::npos) << "next question in " << content;
    EXPECT_EQ(store_.session("discord:777", kOwner)->score.correct, 1);
  }
}

TEST_F(DiscordQuizTest, RefusesOtherUsersStaleAndForgedPresses) {
  const json started = start_multiple_choice();
  const std::string id = live_row(started)["components"][0]["custom_id"];
  const QuizQuestion q = current();

  const json stranger = discord_quiz_component(press(id, "99"), quiz_, test_bank());
  EXPECT_TRUE(is_ephemeral(stranger)) << stranger.dump();
  EXPECT_NE(stranger["data"]["content"].get<std::string>().find("<@42>"), std::string::npos);

  const std::string forged[] = {
      "quiz:a:777:42:q999999-9:0",                            // no such question
      "quiz:a:888:42:" + q.id + ":0",                         // another channel
      "quiz:a:777:42:" + q.id + ":4",                         // no fifth option
      "quiz:x:" + q.id + ":0",                                // a graded button
      "quiz:a:777:42:" + q.id + ":0" + std::string(90, '0'),  // too long
  };
  for (const std::string& custom_id : forged) {
    EXPECT_TRUE(is_ephemeral(discord_quiz_component(press(custom_id), quiz_, test_bank())))
        << custom_id;
  }
  EXPECT_EQ(store_.session("discord:777", kOwner)->score.answered, 0);

  EXPECT_EQ(discord_quiz_component(press(id), quiz_, test_bank())["type"], 7);
  const json again = discord_quiz_component(press(id), quiz_, test_bank());
  EXPECT_TRUE(is_ephemeral(again)) << again.dump();
  EXPECT_EQ(store_.session("discord:777", kOwner)->score.answered, 1);
}

TEST_F(DiscordQuizTest, ScoreStopAndLeaderboard) {
  EXPECT_TRUE(is_ephemeral(discord_quiz_command(quiz_command("stop"), quiz_)));
  EXPECT_TRUE(is_ephemeral(discord_quiz_command(quiz_command("leaderboard"), quiz_)));
  start_multiple_choice();
  const json hint = discord_quiz_command(quiz_command("hint"), quiz_);
  EXPECT_EQ(hint["type"], 4);
  EXPECT_FALSE(is_ephemeral(hint));
  EXPECT_FALSE(is_ephemeral(discord_quiz_command(quiz_command("score"), quiz_)));
  EXPECT_FALSE(is_ephemeral(discord_quiz_command(quiz_command("stop"), quiz_)));
  EXPECT_FALSE(store_.session("discord:777", kOwner)->active);
  const json board = discord_quiz_command(quiz_command("leaderboard"), quiz_);
  EXPECT_NE(board["data"]["content"].get<std::string>().find("1. <@42>"), std::string::npos)
      << board.dump();
  EXPECT_EQ(board["data"]["allowed_mentions"], json({{"parse", json::array()}}));
  const json bad_part = discord_quiz_command(
      quiz_command("start", {{{"name", "until"}, {"type", 3}, {"value", "part9"}}}), quiz_);
  EXPECT_TRUE(is_ephemeral(bad_part));
  EXPECT_TRUE(is_ephemeral(discord_quiz_command(quiz_command("dance"), quiz_)));
}

}  // namespace
}  // namespace lenbot
