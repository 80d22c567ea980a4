#include "bot/retrieval/clauses.h"

#include <gtest/gtest.h>

#include "bot/retrieval/question.h"
#include "bot/retrieval/ranker.h"
#include "tests/retrieval/retrieval_fixture.h"

namespace lenbot {
namespace {

using SentenceTest = RetrievalFixture;

TEST_F(SentenceTest, ClausesSplitAtACitationAreOneSentence) {
  struct Case {
    int earlier, later;
    bool same;
  };
  const Case cases[] = {
      {150, 151, true},  // "He was also incredibly fast," + "running being a trait..."
      {56, 57, true},    // "Although believing it selfish," + "Len finally decided..."
      {23, 24, true},    // "...meet by the cherry trees;" + "Len arrived to see Rin..."
      {57, 58, false},   // "...running off to find her." + "Catching her in Tokyo Dome City..."
      {31, 32, false},   // "...get his memories back." + "He also decided to smoke weed..."
  };
  for (const auto& c : cases) {
    EXPECT_EQ(same_sentence(fact_citing(c.earlier), fact_citing(c.later)), c.same)
        << "[" << c.earlier << "] [" << c.later << "]";
    const Fact* after = clause_after(*knowledge_, fact_citing(c.earlier));
    const Fact* before = clause_before(*knowledge_, fact_citing(c.later));
    EXPECT_EQ(after == &fact_citing(c.later), c.same) << "[" << c.earlier << "]";
    EXPECT_EQ(before == &fact_citing(c.earlier), c.same) << "[" << c.later << "]";
  }
}

TEST_F(SentenceTest, TheClauseThatAnswersTheQuestionTypeLeads) {
  struct Case {
    const char* question;
    int matched;  // the fact the ranker found
    int answers;  // the clause of its sentence that answers the question's type
  };
  const Case cases[] = {
      // The clause with the reason, the time or the place, whichever side of the match.
      {"why are you so fast", 150, 151},
      {"when did rin give you chocolate", 17, 16},
      {"where did you go when abe couldn't meet you", 53, 54},
      // A fact that has what the type asks for answers itself.
      {"why were you dressed as santa", 72, 72},
      // "what" asks for nothing a clause's words show: the match stays.
      {"what were you like at running", 150, 150},
      {"what did rin wear under the cherry trees", 23, 23},
  };
  for (const auto& c : cases) {
    const Question q = analyse_question(c.question, *knowledge_);
    const Fact& clause = answering_clause(q, fact_citing(c.matched), *knowledge_);
    ASSERT_FALSE(clause.cites.empty()) << c.question;
    EXPECT_EQ(clause.cites.front(), c.answers) << c.question;
  }
}

}  // namespace
}  // namespace lenbot
