#include "bot/retrieval/code_text.h"

#include <gtest/gtest.h>

namespace lenbot {
namespace {

TEST(CodeTextTest, SqlStatementsAreNotQuestions) {
  struct Case {
    const char* message;
    bool sql;
  };
  const Case cases[] = {
      {"SELECT * FROM quotes", true},
      {"select * from facts where 1=1", true},
      {"'; DROP TABLE facts; --", true},
      {"1 UNION SELECT password FROM users", true},
      {"INSERT INTO quiz_scores VALUES (1, 999)", true},
      {"update scores set points = 100", true},
      // Fans' questions that happen to use the words.
      {"did u select the wallet from camui", false},
      {"what did u take from the table", false},
      {"why did u drop the pike", false},
      {"who did u create a union with", false},
      {"", false},
      {"\xff\xfe SELECT", false},
  };
  for (const auto& c : cases) EXPECT_EQ(looks_like_sql(c.message), c.sql) << c.message;
}

}  // namespace
}  // namespace lenbot
