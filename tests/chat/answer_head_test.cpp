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

// "when": the time clause comes first; left alone when the answer opens with the moment or the
// clause would cross a quote or a sentence.
TEST(TimeFirstTest, SaysTheMomentFirst) {
  const struct {
    const char* answer;
    const char* said;  // "" when unchanged
  } cases[] = {
      {"I began to show interest in Rin after she gave me chocolate, despite her abuse.",
       "After she gave me chocolate, I began to show interest in Rin, despite her abuse."},
      {"Miku dragged my body back to her house when the story ended.",
       "When the story ended, Miku dragged my body back to her house."},
      // The clause belongs to the last of two verbs: moved, it would seem to hold for both.
      {"I continued to be a fan of Miku and would be shy when approached by her.", ""},
      {"After Valentine's Day, I malfunctioned.", ""},
      {"That December, I searched for Miku.", ""},
      {"I ran home. I hid when it rained.", ""},
      {"I said \"run\" when Camui came.", ""},
      {"I hid when it rained.", ""},  // too short to turn around
      {"I stole Camui's wallet as a trophy of my success.", ""},
      {"", ""},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(time_first(c.answer).value_or(""), c.said) << c.answer;
  }
}

// "where": the place is said once, first; the sentence keeps its punctuation.
TEST_F(AnswerHeadTest, WhereSaysThePlaceOnce) {
  const struct {
    const char* question;
    int cite;
    const char* answer;
    const char* said;
  } cases[] = {
      {"where do you live", 0, "I am a Vocaloid living in Japan in the present day era.",
       "In Japan. I am a Vocaloid living in the present day era."},
      {"where do you live", 0, "I am a Vocaloid living in Japan, like Rin.",
       "In Japan. I am a Vocaloid living, like Rin."},
      {"where do you live in japan", 0, "I am a Vocaloid living in Japan.", ""},
      // The place is part of a longer name ("Shibuya station"), or the preposition is someone
      // else's ("important to them like Shibuya"): nothing is taken out.
      {"where did the walk end", 0,
       "I passed by all the locations that had once been important to them like Shibuya station.",
       ""},
  };
  for (const auto& c : cases) {
    const Question q = analyse_question(c.question, *knowledge_);
    const Fact& answering = c.cite > 0 ? fact_citing(c.cite) : knowledge_->facts.front();
    EXPECT_EQ(answer_first(*knowledge_, q, answering, c.answer).value_or(""), c.said) << c.question;
  }
}

}  // namespace
}  // namespace lenbot
