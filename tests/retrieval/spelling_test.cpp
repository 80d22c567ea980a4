#include "bot/retrieval/spelling.h"

#include <gtest/gtest.h>

#include "tests/retrieval/retrieval_fixture.h"

namespace lenbot {
namespace {

class SpellingTest : public RetrievalFixture {};

TEST(DamerauLevenshteinTest, CountsASwapOfNeighboursAsOneEdit) {
  struct Case {
    const char* a;
    const char* b;
    std::size_t limit;
    std::size_t expected;
  };
  const Case cases[] = {
      {"coudlnt", "couldnt", 2, 1},   // swapped neighbours
      {"beleive", "believe", 2, 1},   // "ei" for "ie"
      {"arround", "around", 2, 1},    // a doubled letter
      {"pasttime", "pastime", 2, 1},  // the same
      {"kitten", "sitting", 3, 3},    // substitutions and an insertion
      {"abc", "abc", 1, 0},
      {"abcdef", "ab", 1, 2},  // past the limit: limit + 1
      {"", "abc", 5, 3},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(damerau_levenshtein(c.a, c.b, c.limit), c.expected) << c.a << " / " << c.b;
    EXPECT_EQ(damerau_levenshtein(c.b, c.a, c.limit), c.expected) << c.b << " / " << c.a;
  }
}

TEST_F(SpellingTest, RepairsFansMisspellingsToKnownWords) {
  struct Case {
    const char* word;
    const char* expected;  // "" when the word is left alone
  };
  const Case cases[] = {
      {"coudlnt", "couldnt"},  // a chat spelling the lexicon reads as "could not"
      {"arround", "around"},   // any English word, when nothing nearer is the corpus's
      {"pasttime", "pastime"},
      {"beleive", "believe"},
      {"pickpocketting", "pickpocketing"},  // a corpus word, two edits away at 8+ letters
      {"blossum", "blossom"},
      {"xqzvw", ""},  // nothing near
      {"rinn", ""},   // four letters: too short to repair
      {"Miku!", ""},  // not lowercase letters
  };
  for (const auto& c : cases) {
    EXPECT_EQ(repair_spelling(c.word, *knowledge_), c.expected) << c.word;
  }
}

}  // namespace
}  // namespace lenbot
