#include "bot/chat/follow_up.h"

#include <gtest/gtest.h>

namespace lenbot {
namespace {

TEST(FollowUpTest, RecognisesFollowUpsAndLeavesQuestionsAlone) {
  struct Case {
    const char* message;
    std::optional<FollowUpKind> kind;
    const char* subject;
  };
  const Case cases[] = {
      {"source?", FollowUpKind::kSource, ""},
      {"how do you know?", FollowUpKind::kSource, ""},
      {"len, says who", FollowUpKind::kSource, ""},
      {"why?", FollowUpKind::kWhy, ""},
      {"how come", FollowUpKind::kWhy, ""},
      {"and then?", FollowUpKind::kNext, ""},
      {"what happened next", FollowUpKind::kNext, ""},
      {"what about miku?", FollowUpKind::kAbout, "miku"},
      {"and ronald?", FollowUpKind::kAbout, "ronald"},
      {"why did you steal the wallet?", std::nullopt, ""},
      {"what about the time you fought camui at the park with a fish", std::nullopt, ""},
      {"", std::nullopt, ""},
  };
  for (const auto& c : cases) {
    const auto follow = detect_follow_up(c.message);
    ASSERT_EQ(follow.has_value(), c.kind.has_value()) << c.message;
    if (!follow) continue;
    EXPECT_EQ(follow->kind, *c.kind) << c.message;
    EXPECT_EQ(follow->subject, c.subject) << c.message;
  }
}

TEST(FollowUpTest, RetargetsTheLastQuestionAtTheNewSubject) {
  const auto is_name = [](const std::string& w) { return w == "rin" || w == "camui"; };
  EXPECT_EQ(retarget_question("who is rin to you", "miku", is_name), "who is miku to you");
  EXPECT_EQ(retarget_question("what did you eat", "miku", is_name), "what did you eat miku");
}

}  // namespace
}  // namespace lenbot
