#include "bot/ingest/article.h"

#include <gtest/gtest.h>

namespace lenbot {
namespace {

TEST(StoryPartTest, ParsesTheSpellingsFansUse) {
  struct Case {
    const char* text;
    std::optional<StoryPart> expected;
  };
  const Case cases[] = {
      {"part2", StoryPart::kPart2}, {"Part 3", StoryPart::kPart3},  {"4", StoryPart::kPart4},
      {"all", StoryPart::kPart4},   {"russia", StoryPart::kRussia}, {"part9", std::nullopt},
      {"", std::nullopt},
  };
  for (const auto& c : cases) EXPECT_EQ(parse_part(c.text), c.expected) << c.text;
}

TEST(StoryPartTest, NamesAreTheArticleHeadings) {
  EXPECT_EQ(part_name(StoryPart::kPart1), "Part 1");
  EXPECT_EQ(part_name(StoryPart::kRussia), "Russia era");
  EXPECT_EQ(part_name(StoryPart::kNone), "");
}

}  // namespace
}  // namespace lenbot
