#include "bot/quiz/wordnet_classes.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace lenbot {
namespace {

TEST(WordNetClassesTest, NounTypeIsTheLexicographerFileOfTheFirstSense) {
  const struct {
    const char* word;
    std::optional<AnswerType> type;
  } cases[] = {
      {"dog", AnswerType::kAnimal},     {"headphones", AnswerType::kArtifact},
      {"chocolate", AnswerType::kFood}, {"winter", AnswerType::kTime},
      {"tree", AnswerType::kPlant},     {"soldier", AnswerType::kPerson},
      {"running", std::nullopt},        {"qwxz", std::nullopt},
  };
  for (const auto& c : cases) EXPECT_EQ(noun_type(c.word), c.type) << c.word;
}

TEST(WordNetClassesTest, BaseFormsFollowWordNetsMorphology) {
  const struct {
    const char* word;
    std::optional<std::string> verb;
    bool plural_noun;
    bool inflected_adjective;
  } cases[] = {
      {"threw", "throw", false, false},       {"stole", "steal", false, false},
      {"arrived", "arrive", false, false},    {"throw", std::nullopt, false, false},
      {"trees", "tree", true, false},         {"glass", std::nullopt, false, false},
      {"happier", std::nullopt, false, true}, {"happy", std::nullopt, false, false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(verb_base(c.word), c.verb) << c.word;
    EXPECT_EQ(is_plural_noun(c.word), c.plural_noun) << c.word;
    EXPECT_EQ(is_inflected_adjective(c.word), c.inflected_adjective) << c.word;
  }
}

TEST(WordNetClassesTest, NounAndAdverbSenses) {
  EXPECT_TRUE(is_noun("arms"));
  EXPECT_TRUE(is_noun("ice cream"));  // a collocation: "ice_cream"
  EXPECT_FALSE(is_noun("quickly"));
  EXPECT_TRUE(has_adverb_sense("quickly"));
  EXPECT_FALSE(has_adverb_sense("dog"));
}

}  // namespace
}  // namespace lenbot
