#include "bot/quiz/distractors.h"

#include <gtest/gtest.h>

#include "bot/ingest/article_parser.h"
#include "tests/quiz/quiz_test_support.h"

namespace lenbot {
namespace {

using testing::source_path;
using testing::test_bank;

const EntityCatalog& catalog() {
  static const EntityCatalog kCatalog = EntityCatalog::build(
      load_article(source_path("corpus/kagamine_len_article.txt")), test_bank().aliases());
  return kCatalog;
}

TEST(DistractorsTest, PeopleHaveTheGendersTheArticlesPronounsGiveThem) {
  const struct {
    const char* name;
    Gender gender;
  } cases[] = {
      {"Len", Gender::kMale},     {"Kagamine Len", Gender::kMale}, {"Rin", Gender::kFemale},
      {"Miku", Gender::kFemale},  {"Irina", Gender::kFemale},      {"Camui", Gender::kMale},
      {"Gackpo", Gender::kMale},  {"Ronald", Gender::kMale},       {"the clown", Gender::kMale},
      {"pike", Gender::kUnknown}, {"nobody", Gender::kUnknown},
  };
  for (const auto& c : cases) EXPECT_EQ(catalog().gender(c.name), c.gender) << c.name;
}

TEST(DistractorsTest, APersonsDistractorsAreNeverOfTheOtherGender) {
  int checked = 0;
  for (const auto& q : test_bank().questions()) {
    const Gender blank = catalog().gender(q.answer);
    if (q.type != AnswerType::kPerson || blank == Gender::kUnknown) continue;
    for (const auto& d : q.distractors) {
      const Gender other = catalog().gender(d);
      EXPECT_TRUE(other == blank || other == Gender::kUnknown)
          << q.id << ": " << q.answer << " offered with " << d;
    }
    ++checked;
  }
  EXPECT_GE(checked, 5) << "questions whose blank is a person of known gender";
}

TEST(DistractorsTest, APersonBlankOffersNoOneOfTheOtherGender) {
  const struct {
    const char* answer;
    Gender never;
  } cases[] = {{"Rin", Gender::kMale}, {"Miku", Gender::kMale}, {"Camui", Gender::kFemale}};
  for (const auto& c : cases) {
    const auto picked = pick_distractors(
        {c.answer, AnswerType::kPerson, true, "Len met ___ at the station.", "q0-1"}, catalog(),
        test_bank().aliases());
    EXPECT_FALSE(picked.empty()) << c.answer;
    for (const auto& d : picked) EXPECT_NE(catalog().gender(d), c.never) << c.answer << ": " << d;
  }
}

}  // namespace
}  // namespace lenbot
