#include "bot/retrieval/fts_query.h"

#include <gtest/gtest.h>

#include "bot/retrieval/fts_matcher.h"
#include "tests/retrieval/retrieval_fixture.h"

namespace lenbot {
namespace {

TEST(FtsQueryTest, WordsBecomeQuotedTokensJoinedWithOr) {
  struct Case {
    std::vector<std::string> words;
    std::string expected;
  };
  const Case cases[] = {
      {{}, ""},
      {{""}, ""},
      {{"pike"}, "\"pike\""},
      {{"steal", "wallet"}, "\"steal\" OR \"wallet\""},
      {{"steal", "steal"}, "\"steal\""},
      {{"NEAR(", "*", "OR"}, "\"NEAR(\" OR \"*\" OR \"OR\""},
      {{"a\"b"}, "\"a\"\"b\""},
      {{"\"", "1=1 --"}, "\"\"\"\" OR \"1=1 --\""},
      // Found by fuzzing (tests/fuzz/question_fuzzer.cpp): a NUL ended FTS5's string early.
      {{std::string("steal\0\0wallet", 13)}, "\"steal  wallet\""},
      {{std::string(1, '\0')}, "\" \""},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(build_match_expression(c.words), c.expected) << ::testing::PrintToString(c.words);
  }
}

// Every byte sequence is words to FTS5, never an SQL error (the fuzzer's first find: a NUL).
class FtsMatcherTest : public RetrievalFixture {};

TEST_F(FtsMatcherTest, OddBytesAreWordsNeverAnSqlError) {
  FtsMatcher matcher(index_);
  const std::vector<std::string> words = {std::string("steal \0\0 from camui", 19),
                                          "\"",
                                          "\xff\xfe",
                                          std::string(1, '\0'),
                                          "NEAR(rin",
                                          "*"};
  EXPECT_NO_THROW(matcher.match_facts(words, 50));
  EXPECT_NO_THROW(matcher.match_quotes(words, 50));
  EXPECT_FALSE(matcher.match_facts({std::string("camui\0", 6)}, 50).empty());
}

}  // namespace
}  // namespace lenbot
