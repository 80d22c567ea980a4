#include "bot/chat/reason_clause.h"

#include <gtest/gtest.h>

namespace lenbot {
namespace {

TEST(ReasonClauseTest, FindsTheClauseThatGivesTheCause) {
  struct Case {
    const char* sentence;
    const char* clause;  // "" when there is none
  };
  const Case cases[] = {
      {"As he got close, however, he was startled by Camui's red eyes and threw his pike at "
       "him.",
       "he was startled by Camui's red eyes"},
      {"He began purchasing and smoking weed from Ronald to cope with his relationship issues.",
       "smoking weed from Ronald to cope with his relationship issues"},  // purpose
      {"Len stole the wallet, because he wanted a trophy.", "because he wanted a trophy"},
      {"Len went to the dorm, since Rin was missing, and he waited.", "since Rin was missing"},
      {"Believing it selfish, Len gave up on Miku.", "Believing it selfish"},
      {"Len bought a pike and went to meet Rin.", ""},
      {"Arriving at the scene, however, Len saw Camui Gackpo shooting at Rin and he raced to save "
       "her, kicking the gun out of his grasp.",
       "he raced to save her"},
      {"Rin said \"I was scared, and so was he\" and left.", ""},  // quoted words are not split
  };
  for (const auto& c : cases) {
    const auto clause = reason_clause(c.sentence);
    if (std::string(c.clause).empty()) {
      EXPECT_FALSE(clause) << c.sentence << " -> " << clause.value_or("");
    } else {
      ASSERT_TRUE(clause) << c.sentence;
      EXPECT_EQ(*clause, c.clause) << c.sentence;
    }
  }
}

TEST(ReasonClauseTest, LenGivesTheReasonInHisOwnWords) {
  struct Case {
    const char* clause;
    const char* reply;
  };
  const Case cases[] = {
      {"he was startled by Camui's red eyes", "'Cause I was startled by Camui's red eyes."},
      {"because he wanted a trophy", "Because I wanted a trophy."},
      {"since Rin was missing", "Since Rin was missing."},
      {"Camui's red eyes scared Len", "'Cause Camui's red eyes scared me."},
  };
  for (const auto& c : cases) EXPECT_EQ(reason_reply(c.clause), c.reply) << c.clause;
}

TEST(ReasonClauseTest, OddInputNeverThrows) {
  for (const char* text : {"", ",", " and ", ";;;", "\"", "\xff\xfe and \xc3", "because"}) {
    EXPECT_NO_THROW({
      const auto clause = reason_clause(text);
      if (clause) (void)reason_reply(*clause);
    }) << text;
  }
}

}  // namespace
}  // namespace lenbot
