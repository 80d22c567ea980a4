#include "bot/quiz/quiz_voice.h"

#include <gtest/gtest.h>

#include <set>

#include "tests/quiz/quiz_test_support.h"

namespace lenbot {
namespace {

TEST(QuizVoiceTest, TheQuizBlockHasEveryLineKind) {
  const auto voice = testing::test_voice();
  for (const auto* lines : {&voice.ask, &voice.correct, &voice.near_miss, &voice.wrong, &voice.hint,
                            &voice.skip, &voice.stop, &voice.done, &voice.score}) {
    EXPECT_FALSE(lines->empty());
  }
  for (const auto& line : voice.wrong) {
    EXPECT_NE(line.find("{answer}"), std::string::npos) << line;
  }
}

TEST(QuizVoiceTest, MissingOrMalformedKeysAreNamed) {
  struct Case {
    const char* persona;
    const char* key;
  };
  const Case cases[] = {{R"({"name":"Len"})", "quiz"},
                        {R"({"quiz":{"ask":["Yo"]}})", "correct"},
                        {R"({"quiz":{"ask":[]}})", "ask"},
                        {R"({"quiz":{"ask":[1]}})", "ask"}};
  for (const auto& c : cases) {
    try {
      parse_quiz_voice(nlohmann::json::parse(c.persona));
      ADD_FAILURE() << "accepted " << c.persona;
    } catch (const QuizVoiceError& e) {
      EXPECT_NE(std::string(e.what()).find(c.key), std::string::npos) << e.what();
    }
  }
}

TEST(QuizVoiceTest, RenderIsDeterministicAndFillsPlaceholders) {
  const std::vector<std::string> lines = {"Nope. It was {answer}. orz", "Wrong: {answer}!",
                                          "{points} points"};
  const VoiceValues values{"pike", "", 12, 0, 3, 4};
  EXPECT_EQ(render(lines, "seed-1", values), render(lines, "seed-1", values));
  std::set<std::string> seen;
  for (int i = 0; i < 20; ++i) seen.insert(render(lines, "s" + std::to_string(i), values));
  EXPECT_GT(seen.size(), 1u) << "different seeds vary the line";
  for (const auto& line : seen) EXPECT_EQ(line.find('{'), std::string::npos) << line;
  EXPECT_EQ(render({}, "x"), "");
}

TEST(QuizVoiceTest, RenderTurnNeverRepeatsOnConsecutiveTurns) {
  for (const std::size_t n : {2u, 3u, 4u, 7u}) {
    std::vector<std::string> lines;
    for (std::size_t i = 0; i < n; ++i) lines.push_back("line " + std::to_string(i));
    std::set<std::string> seen;
    for (int turn = 0; turn < 40; ++turn) {
      const std::string now = render_turn(lines, "ann|web|grade", turn);
      EXPECT_NE(now, render_turn(lines, "ann|web|grade", turn + 1)) << n << " lines, turn " << turn;
      seen.insert(now);
    }
    EXPECT_EQ(seen.size(), n) << "every line comes up";
  }
  EXPECT_EQ(render_turn({"only"}, "x", 5), "only");
  EXPECT_EQ(render_turn({}, "x", 5), "");
  EXPECT_EQ(render_turn({"{answer}!"}, "x", -3, {"pike", ""}), "pike!");
}

TEST(QuizVoiceTest, StreakLinesAreOptional) {
  nlohmann::json persona = nlohmann::json::parse(R"({"quiz":{}})");
  for (const char* key :
       {"ask", "correct", "near_miss", "wrong", "hint", "skip", "stop", "done", "score"}) {
    persona["quiz"][key] = {"a line"};
  }
  EXPECT_TRUE(parse_quiz_voice(persona).streak.empty());
  persona["quiz"]["streak"] = {"{streak} in a row!"};
  EXPECT_EQ(parse_quiz_voice(persona).streak.size(), 1u);
  persona["quiz"]["streak_lost"] = {3};
  EXPECT_THROW(parse_quiz_voice(persona), QuizVoiceError);
  const auto voice = testing::test_voice();
  EXPECT_FALSE(voice.streak.empty());
  EXPECT_FALSE(voice.streak_lost.empty());
}

}  // namespace
}  // namespace lenbot
