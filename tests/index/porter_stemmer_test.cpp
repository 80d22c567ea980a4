#include "bot/index/porter_stemmer.h"

#include <gtest/gtest.h>

namespace lenbot {
namespace {

// Pairs from Porter's published vocabulary/output lists.
TEST(PorterStemmerTest, MatchesThePublishedOutput) {
  struct Case {
    const char* word;
    const char* stem;
  };
  const Case cases[] = {
      {"caresses", "caress"},
      {"ponies", "poni"},
      {"ties", "ti"},
      {"cats", "cat"},
      {"feed", "feed"},
      {"agreed", "agre"},
      {"plastered", "plaster"},
      {"motoring", "motor"},
      {"sing", "sing"},
      {"conflated", "conflat"},
      {"troubled", "troubl"},
      {"sized", "size"},
      {"hopping", "hop"},
      {"falling", "fall"},
      {"filing", "file"},
      {"happy", "happi"},
      {"relational", "relat"},
      {"conditional", "condit"},
      {"valenci", "valenc"},
      {"digitizer", "digit"},
      {"generalization", "gener"},
      {"hopefulness", "hope"},
      {"triplicate", "triplic"},
      {"electrical", "electr"},
      {"revival", "reviv"},
      {"adjustment", "adjust"},
      {"adoption", "adopt"},
      {"controll", "control"},
      {"rate", "rate"},
      {"memories", "memori"},
      {"stealing", "steal"},
      {"crushing", "crush"},
      {"running", "run"},
      {"is", "is"},
      {"Len", "Len"},
  };
  for (const auto& c : cases) EXPECT_EQ(porter_stem(c.word), c.stem) << c.word;
}

}  // namespace
}  // namespace lenbot
