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

// The index's coreference decides who a pronoun is: a "she" the sentence never names is said
// by name, the dog's "his master" is Len's, "the two" covering Len is "we".
TEST_F(FactTextTest, StoredCoreferenceNamesWhoIsMeant) {
  struct Case {
    int fact;
    const char* says;
  };
  const Case cases[] = {
      {1, "I was originally a stray dog adopted by Irina, who grew to love my master over time."},
      {2, "Irina gave me to her comrade"},
      {3, "but then her comrade shot me dead after I broke loose."},
  };
  for (const auto& c : cases) {
    const FactSpan span = fact_span(*knowledge_, fact_citing(c.fact));
    EXPECT_NE(span.first_person.find(c.says), std::string::npos) << span.first_person;
  }
}

}  // namespace
}  // namespace lenbot
