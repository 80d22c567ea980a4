#include "bot/channels/discord_quiz_modal.h"

#include <gtest/gtest.h>

namespace lenbot {
namespace {

using nlohmann::json;

TEST(DiscordQuizModalTest, TheFormIsAModalWithOneShortTextInput) {
  const std::string question(150, 'w');
  const auto modal = answer_modal({"777", "42", "q81-1"}, question);
  ASSERT_TRUE(modal);
  EXPECT_EQ((*modal)["type"], 9);
  const json& data = (*modal)["data"];
  EXPECT_EQ(data["custom_id"], "quiz:m:777:42:q81-1");
  EXPECT_LE(data["title"].get<std::string>().size(), 45u);
  ASSERT_EQ(data["components"].size(), 1u);
  const json& row = data["components"][0];
  EXPECT_EQ(row["type"], 1);
  ASSERT_EQ(row["components"].size(), 1u);
  const json& input = row["components"][0];
  EXPECT_EQ(input["type"], 4);
  EXPECT_EQ(input["style"], 1);
  EXPECT_EQ(input["custom_id"], "answer");
  EXPECT_LE(input["label"].get<std::string>().size(), 45u);
  EXPECT_EQ(input["required"], true);
  EXPECT_EQ(input["max_length"], kAnswerInputMaxLength);
  // Discord's placeholder limit is 100 characters: 99 of the question and an ellipsis.
  EXPECT_EQ(input["placeholder"].get<std::string>().substr(0, 99), question.substr(0, 99));
  EXPECT_FALSE(answer_modal({"777", "42", "not a question id"}, question));
}

TEST(DiscordQuizModalTest, ReadsTheTypedAnswerFromASubmit) {
  struct Case {
    const char* data;
    std::optional<std::string> answer;
  };
  const Case cases[] = {
      // The action-row layout the form is sent in.
      {R"({"custom_id":"quiz:m:1:2:q1-1","components":[{"type":1,"components":[
          {"type":4,"custom_id":"answer","value":"pike"}]}]})",
       "pike"},
      // The newer Label layout.
      {R"({"custom_id":"quiz:m:1:2:q1-1","components":[{"type":18,"component":
          {"type":4,"custom_id":"answer","value":"Camui"}}]})",
       "Camui"},
      {R"({"components":[{"type":1,"components":[{"type":4,"custom_id":"other","value":"x"},
          {"type":4,"custom_id":"answer","value":""}]}]})",
       ""},
      {R"({"components":[{"type":1,"components":[{"custom_id":"answer","value":7}]}]})",
       std::nullopt},
      {R"({"components":[{"type":1,"components":[{"custom_id":"answer"}]}]})", std::nullopt},
      {R"({"components":[{"type":1,"components":"answer"}]})", std::nullopt},
      {R"({"components":[null, 3, "x", []]})", std::nullopt},
      {R"({"components":{}})", std::nullopt},
      {R"({})", std::nullopt},
      {R"([])", std::nullopt},
      {R"(null)", std::nullopt},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(submitted_answer(json::parse(c.data)), c.answer) << c.data;
  }
}

}  // namespace
}  // namespace lenbot
