#include "bot/chat/answer_head.h"

#include <gtest/gtest.h>

#include "tests/retrieval/retrieval_fixture.h"

namespace lenbot {
namespace {

class AnswerHeadTest : public RetrievalFixture {};

// The few words said first, for a question and the clause (by citation) that answers it, and
// the sentence Len would say; "" when no head fits.
TEST_F(AnswerHeadTest, WhoAndWhereSayThePersonOrPlaceFirst) {
  const struct {
    const char* question;
    int cite;  // 0: the uncited introduction, the article's first fact
    const char* answer;
    const char* head;
  } cases[] = {
      // who did it -> "X did."; who someone is -> "X."
      {"who adopted you", 1,
       "I was originally a stray dog adopted by Irina, who grew to love my "
       "master over time.",
       "Irina did."},
      {"who was your master", 1, "I was originally a stray dog adopted by Irina.", "Irina."},
      // The answer already opens with the person.
      {"who shot you", 3, "Irina's comrade shot me dead after I broke loose.", ""},
      // The fan named her: nobody else is in the clause to answer with.
      {"who did irina adopt", 1, "I was originally a stray dog adopted by Irina.", ""},
      // The clause does not hold what was asked.
      {"who taught you to dance", 1, "I was originally a stray dog adopted by Irina.", ""},
      // where -> the place phrase, the nearer preposition when two come in a row.
      {"where do you live", 0, "I am a Vocaloid living in Japan in the present day era.",
       "In Japan."},
      {"where do you live in japan", 0, "I am a Vocaloid living in Japan.", ""},
      {"what do you do", 0, "I am a Vocaloid living in Japan.", ""},
  };
  for (const auto& c : cases) {
    const Question q = analyse_question(c.question, *knowledge_);
    const Fact& answering = c.cite > 0 ? fact_citing(c.cite) : knowledge_->facts.front();
    const auto head = answer_head(*knowledge_, q, answering, c.answer);
    EXPECT_EQ(head.value_or(""), c.head) << c.question;
  }
}

}  // namespace
}  // namespace lenbot
