#include "bot/retrieval/past_questions.h"

#include "tests/retrieval/retrieval_fixture.h"

namespace lenbot {
namespace {

class PastQuestionsTest : public RetrievalFixture {};

TEST_F(PastQuestionsTest, ANewPhrasingFindsTheFactAnEarlierOneAnswered) {
  PastQuestions past;
  past.add(7, analyse_question("who sold u weed lmao", *knowledge_), {42});
  past.add(8, analyse_question("what colour are your eyes", *knowledge_), {3});
  const auto similar =
      past.similarity(analyse_question("who sold you the weed", *knowledge_), *knowledge_);
  ASSERT_TRUE(similar.contains(42));
  EXPECT_GT(similar.at(42), 0.6);
  EXPECT_FALSE(similar.contains(3));
  EXPECT_EQ(past.asked(42), 1);
  EXPECT_EQ(past.asked(1000), 0);
}

// Cross-validation hides a question's own text (or its fold's) from its features.
TEST_F(PastQuestionsTest, HiddenOwnersCountForNothing) {
  PastQuestions past;
  past.add(7, analyse_question("who sold u weed", *knowledge_), {42});
  const auto hide_seven = [](int owner) { return owner == 7; };
  const Question q = analyse_question("who sold u weed", *knowledge_);
  EXPECT_TRUE(past.similarity(q, *knowledge_, hide_seven).empty());
  EXPECT_EQ(past.asked(42, hide_seven), 0);
  EXPECT_DOUBLE_EQ(past.similarity(q, *knowledge_).at(42), 1.0);
}

TEST_F(PastQuestionsTest, RoundTripsThroughJson) {
  PastQuestions past;
  past.add(1, analyse_question("why did elena turn the dog into spam", *knowledge_), {4, 5});
  const PastQuestions back = past_questions_from_json(to_json(past));
  const Question q = analyse_question("elena made the dog spam why", *knowledge_);
  EXPECT_EQ(back.similarity(q, *knowledge_), past.similarity(q, *knowledge_));
  EXPECT_EQ(back.asked(5), 1);
}

TEST_F(PastQuestionsTest, AnEmptyQuestionMatchesNothing) {
  PastQuestions past;
  past.add(1, analyse_question("who sold u weed", *knowledge_), {42});
  EXPECT_TRUE(past.similarity(analyse_question("", *knowledge_), *knowledge_).empty());
  EXPECT_TRUE(
      past.similarity(analyse_question("\"*) OR 1=1 --", *knowledge_), *knowledge_).empty());
}

}  // namespace
}  // namespace lenbot
