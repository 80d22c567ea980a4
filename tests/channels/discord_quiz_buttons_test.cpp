#include "bot/channels/discord_quiz_buttons.h"

#include <gtest/gtest.h>

namespace lenbot {
namespace {

using nlohmann::json;

TEST(DiscordQuizButtonTest, RoundTripsAndFitsDiscordsLimit) {
  const QuizButton longest{std::string(20, '9'), std::string(20, '8'), std::string(40, 'q'), 4};
  const std::string id = encode_quiz_button(longest);
  EXPECT_LE(id.size(), kCustomIdLimit);
  EXPECT_EQ(decode_quiz_button(id), longest);
  EXPECT_EQ(encode_quiz_button({"777", "42", "q57-2", 1}), "quiz:a:777:42:q57-2:1");
}

TEST(DiscordQuizButtonTest, RefusesEveryOtherShape) {
  const struct {
    const char* custom_id;
  } cases[] = {
      {""},
      {"quiz:a:777:42:q57-2"},          // no option
      {"quiz:a:777:42:q57-2:1:0"},      // one part too many
      {"quiz:a:777:42:q57-2:5"},        // option out of range
      {"quiz:a:777:42:q57-2:-1"},       // negative option
      {"quiz:a:777:42:q57-2:01"},       // not one digit
      {"quiz:a:777:42:q57-2:x"},        // not a digit
      {"quiz:a:7a7:42:q57-2:1"},        // channel not a snowflake
      {"quiz:a:777::q57-2:1"},          // empty user
      {"quiz:a:777:42:q57 2:1"},        // question id with a space
      {"quiz:a:777:42:q57\xC3\xA9:1"},  // question id with non-ASCII
      {"quiz:x:q57-2:1"},               // a graded (disabled) button
      {"quiz:answer:2"},                // someone else's shape
      {"QUIZ:A:777:42:q57-2:1"},        // case matters
  };
  for (const auto& c : cases) {
    EXPECT_FALSE(decode_quiz_button(c.custom_id)) << c.custom_id;
  }
}

TEST(DiscordQuizButtonTest, AnswerRowHasOneLiveButtonPerOption) {
  const auto row = answer_row({"777", "42", "q1-1", 0}, {"Rin", "Miku", "Kaito", "Luka"});
  ASSERT_TRUE(row);
  EXPECT_EQ((*row)["type"], 1);
  ASSERT_EQ((*row)["components"].size(), 4u);
  const json& third = (*row)["components"][2];
  EXPECT_EQ(third["type"], 2);
  EXPECT_EQ(third["style"], 1);
  EXPECT_EQ(third["label"], "C) Kaito");
  EXPECT_EQ(third["custom_id"], "quiz:a:777:42:q1-1:2");
  EXPECT_FALSE(third.contains("disabled"));

  EXPECT_FALSE(answer_row({"777", "42", "q1-1", 0}, {}));
  EXPECT_FALSE(answer_row({"777", "42", "q1-1", 0}, {"a", "b", "c", "d", "e", "f"}));
  EXPECT_FALSE(answer_row({"not-a-channel", "42", "q1-1", 0}, {"a"}));
  const auto long_label = answer_row({"777", "42", "q1-1", 0}, {std::string(300, 'x')});
  ASSERT_TRUE(long_label);
  const std::string label = (*long_label)["components"][0]["label"];
  EXPECT_EQ(label.substr(0, 5), "A) xx");
  EXPECT_EQ(label.substr(label.size() - 3), "\u2026");  // cut with an ellipsis
  EXPECT_EQ(label.size(), 79u + 3u) << "80 characters: 79 ASCII and the 3-byte ellipsis";
}

TEST(DiscordQuizButtonTest, GradedRowColoursAndDisablesEveryButton) {
  const struct {
    int correct;
    int picked;
    std::vector<int> styles;
  } cases[] = {
      {1, 1, {2, 3, 2, 2}},  // right pick: green, the rest grey
      {1, 3, {2, 3, 2, 4}},  // wrong pick: red, the right one still green
  };
  for (const auto& c : cases) {
    const json row = graded_row("q1-1", {"Rin", "Miku", "Kaito", "Luka"}, c.correct, c.picked);
    ASSERT_EQ(row["components"].size(), 4u);
    for (std::size_t i = 0; i < 4; ++i) {
      const json& b = row["components"][i];
      EXPECT_EQ(b["style"], c.styles[i]) << "picked " << c.picked << " button " << i;
      EXPECT_EQ(b["disabled"], true);
      EXPECT_FALSE(decode_quiz_button(b["custom_id"].get<std::string>()));
    }
  }
}

TEST(DiscordQuizButtonTest, FillInIdsRoundTripForEachStepOnly) {
  const QuizFillIn longest{std::string(20, '9'), std::string(20, '8'), std::string(40, 'q')};
  for (const auto step : {FillInStep::kOpen, FillInStep::kSubmit}) {
    const std::string id = encode_fill_in(longest, step);
    EXPECT_LE(id.size(), kCustomIdLimit);
    EXPECT_EQ(decode_fill_in(id, step), longest);
    // A button's id is not a form's, nor an option's, and the other way round.
    const auto other = step == FillInStep::kOpen ? FillInStep::kSubmit : FillInStep::kOpen;
    EXPECT_FALSE(decode_fill_in(id, other)) << id;
    EXPECT_FALSE(decode_quiz_button(id)) << id;
  }
  EXPECT_EQ(encode_fill_in({"777", "42", "q57-2"}, FillInStep::kOpen), "quiz:f:777:42:q57-2");
  EXPECT_EQ(encode_fill_in({"777", "42", "q57-2"}, FillInStep::kSubmit), "quiz:m:777:42:q57-2");
  EXPECT_FALSE(decode_fill_in("quiz:a:777:42:q57-2:1", FillInStep::kOpen));
}

TEST(DiscordQuizButtonTest, FillInIdsRefuseEveryOtherShape) {
  const char* cases[] = {
      "",
      "quiz:f:777:42",          // no question
      "quiz:f:777:42:q57-2:1",  // one part too many
      "quiz:f:7a7:42:q57-2",    // channel not a snowflake
      "quiz:f:777::q57-2",      // empty user
      "quiz:f:777:42:q57 2",    // question id with a space
      "quiz:f:777:42:",         // empty question
      "QUIZ:F:777:42:q57-2",    // case matters
      "quiz:f:777:42:q57-2\n",  // trailing bytes
  };
  for (const char* custom_id : cases) {
    EXPECT_FALSE(decode_fill_in(custom_id, FillInStep::kOpen)) << custom_id;
  }
  EXPECT_TRUE(encode_fill_in({"777", "42", std::string(41, 'q')}, FillInStep::kOpen).empty());
}

TEST(DiscordQuizButtonTest, FillInRowHasOneAnswerButton) {
  const auto row = fill_in_row({"777", "42", "q1-1"});
  ASSERT_TRUE(row);
  ASSERT_EQ((*row)["components"].size(), 1u);
  const json& answer = (*row)["components"][0];
  EXPECT_EQ(answer["type"], 2);
  EXPECT_EQ(answer["style"], 1);
  EXPECT_EQ(answer["label"], "Answer");
  EXPECT_EQ(answer["custom_id"], "quiz:f:777:42:q1-1");
  EXPECT_FALSE(fill_in_row({"777", "not-a-user", "q1-1"}));

  for (const bool correct : {true, false}) {
    const json graded = graded_fill_in_row("q1-1", "mackerel pike", correct);
    const json& typed = graded["components"][0];
    EXPECT_EQ(typed["label"], "mackerel pike");
    EXPECT_EQ(typed["style"], correct ? 3 : 4);
    EXPECT_EQ(typed["disabled"], true);
    EXPECT_FALSE(decode_fill_in(typed["custom_id"].get<std::string>(), FillInStep::kOpen));
  }
}

}  // namespace
}  // namespace lenbot
