#include "bot/quiz/quiz_json.h"

#include <gtest/gtest.h>

#include "bot/quiz/opentdb_export.h"
#include "bot/quiz/sqlite_quiz_store.h"
#include "tests/quiz/quiz_test_support.h"

namespace lenbot {
namespace {

using nlohmann::json;
using testing::TempDb;
using testing::test_bank;
using testing::test_voice;

void expect_score_shape(const json& score) {
  for (const char* key : {"points", "streak", "best_streak", "answered"}) {
    EXPECT_TRUE(score.contains(key) && score[key].is_number_integer()) << key;
  }
}

TEST(QuizJsonTest, StartAnswerAndErrorShapes) {
  TempDb db("json");
  SqliteQuizStore store(db.path());
  QuizService quiz(test_bank(), test_voice(), store);
  const auto start = to_json(quiz.start("web", "ann", StoryPart::kPart3, true));
  ASSERT_TRUE(start.contains("question")) << start.dump();
  const auto& q = start["question"];
  EXPECT_TRUE(q["id"].is_string());
  EXPECT_TRUE(q["text"].is_string());
  EXPECT_TRUE(q["options"].is_array());
  EXPECT_EQ(q["part"], "Russia era");
  EXPECT_TRUE(start["reply"].is_string());
  expect_score_shape(start["score"]);

  const auto answer = to_json(quiz.answer("web", "ann", "dog"));
  EXPECT_EQ(answer["correct"], true);
  EXPECT_EQ(answer["answer"], "dog");
  EXPECT_TRUE(answer["reply"].is_string());
  EXPECT_EQ(answer["source"]["cite"], json::array({1}));
  EXPECT_TRUE(answer["source"]["text"].is_string());
  expect_score_shape(answer["score"]);
  ASSERT_TRUE(answer["next"].is_object());
  EXPECT_EQ(answer["next"]["options"].size(), 4u);

  const auto hint = to_json(quiz.hint("web", "ann"));
  EXPECT_TRUE(hint["hint"].is_string());
  EXPECT_TRUE(hint["points_available"].is_number_integer());
  expect_score_shape(to_json(quiz.score("web", "ann"))["score"]);

  const auto board = to_json("web", quiz.leaderboard("web", 5).value());
  EXPECT_EQ(board["channel"], "web");
  ASSERT_EQ(board["leaderboard"].size(), 1u);
  EXPECT_EQ(board["leaderboard"][0]["user"], "ann");
  EXPECT_EQ(board["leaderboard"][0]["rank"], 1);

  const auto error = to_json(quiz.answer_question("web", "ann", "q1-1", 0));
  EXPECT_EQ(error["error"]["code"], "stale_question");
  EXPECT_TRUE(error["error"]["message"].is_string());
  const auto none = to_json(quiz.answer("web", "zed", "x"));
  EXPECT_EQ(none["error"]["code"], "no_session");
}

TEST(QuizJsonTest, NextIsNullWhenAbsent) {
  QuizAnswerReply reply;
  EXPECT_TRUE(to_json(reply)["next"].is_null());
}

TEST(QuizJsonTest, OpenTriviaDbExport) {
  const auto exported = export_opentdb(test_bank());
  EXPECT_EQ(exported["response_code"], 0);
  const auto& results = exported["results"];
  EXPECT_GE(results.size(), 80u);
  for (const auto& r : results) {
    EXPECT_EQ(r["type"], "multiple");
    EXPECT_TRUE(r["category"].is_string());
    EXPECT_TRUE(r["difficulty"] == "easy" || r["difficulty"] == "medium" ||
                r["difficulty"] == "hard");
    EXPECT_TRUE(r["question"].is_string());
    EXPECT_TRUE(r["correct_answer"].is_string());
    ASSERT_EQ(r["incorrect_answers"].size(), 3u);
    for (const auto& wrong : r["incorrect_answers"]) EXPECT_NE(wrong, r["correct_answer"]);
  }
}

}  // namespace
}  // namespace lenbot
