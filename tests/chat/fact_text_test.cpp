#include "bot/chat/fact_text.h"

#include <gtest/gtest.h>

#include "tests/retrieval/retrieval_fixture.h"

namespace lenbot {
namespace {

class FactTextTest : public RetrievalFixture {
 protected:
  static std::vector<int> cites_of(const FactSpan& span) {
    std::vector<int> cites;
    for (const Fact* part : span.parts)
      cites.insert(cites.end(), part->cites.begin(), part->cites.end());
    return cites;
  }
};

// Len says the whole sentence a fact is a clause of, whichever clause was found.
TEST_F(FactTextTest, AFactIsSaidAsItsWholeSentence) {
  struct Case {
    int fact;
    std::vector<int> sentence;
    const char* starts;
  };
  const Case cases[] = {
      {57, {56, 57}, "Although believing it selfish, I finally decided"},  // after a comma
      {56, {56, 57}, "Although believing it selfish, I finally decided"},
      {151, {150, 151}, "I was also incredibly fast, running"},  // starts in lower case
      {32, {32}, "I also decided to smoke weed"},                // a sentence of its own
  };
  for (const auto& c : cases) {
    const FactSpan span = fact_span(*knowledge_, fact_citing(c.fact));
    EXPECT_EQ(cites_of(span), c.sentence) << "[" << c.fact << "]";
    EXPECT_EQ(span.first_person.rfind(c.starts, 0), 0u) << span.first_person;
  }
}

}  // namespace
}  // namespace lenbot
