#include "bot/retrieval/field_postings.h"

#include <algorithm>
#include <set>

#include "tests/retrieval/retrieval_fixture.h"

namespace lenbot {
namespace {

class FieldPostingsTest : public RetrievalFixture {};

constexpr Field kFields[] = {Field::kFact, Field::kSentence, Field::kWindow, Field::kParagraph,
                             Field::kSection};

// The postings are exactly the inverse of each fact's field terms: a fact is listed under a term
// if and only if that field of the fact holds it, once, in ascending order.
TEST_F(FieldPostingsTest, InvertTheFactsFieldTerms) {
  const auto& postings = knowledge_->field_postings;
  for (const Field field : kFields) {
    std::set<std::pair<int, int>> from_facts;  // (term id, fact index)
    for (std::size_t i = 0; i < knowledge_->facts.size(); ++i) {
      for (const int t : field_term_ids(knowledge_->facts[i], field)) {
        from_facts.emplace(t, static_cast<int>(i));
      }
    }
    std::set<std::pair<int, int>> from_postings;
    std::size_t listed = 0;
    int max_term = 0;
    for (const auto& [t, i] : from_facts) max_term = std::max(max_term, t);
    for (int t = 0; t <= max_term; ++t) {
      const auto facts = postings.facts_with(field, t);
      EXPECT_TRUE(std::is_sorted(facts.begin(), facts.end())) << "term " << t;
      EXPECT_EQ(std::adjacent_find(facts.begin(), facts.end()), facts.end()) << "term " << t;
      for (const int i : facts) from_postings.emplace(t, i);
      listed += facts.size();
    }
    EXPECT_EQ(listed, from_postings.size());
    EXPECT_EQ(from_postings, from_facts) << "field " << static_cast<int>(field);
  }
}

// A word no fact uses (term id -1) and an id past the last term have no facts.
TEST_F(FieldPostingsTest, UnknownTermsHaveNoFacts) {
  const auto& postings = knowledge_->field_postings;
  for (const Field field : kFields) {
    EXPECT_TRUE(postings.facts_with(field, -1).empty());
    EXPECT_TRUE(postings.facts_with(field, 1 << 30).empty());
  }
  EXPECT_TRUE(postings.facts_with(Field::kFact, knowledge_->term_id("zzqxv")).empty());
}

// A common word of the article is found in many facts' paragraphs, and in at least as many
// paragraphs as facts: a wider field holds the narrower one's words.
TEST_F(FieldPostingsTest, WiderFieldsListAtLeastAsManyFacts) {
  const int rin = knowledge_->term_id("rin");
  ASSERT_GE(rin, 0);
  const auto& postings = knowledge_->field_postings;
  EXPECT_GT(postings.facts_with(Field::kFact, rin).size(), 10u);
  EXPECT_GE(postings.facts_with(Field::kSentence, rin).size(),
            postings.facts_with(Field::kFact, rin).size());
  EXPECT_GE(postings.facts_with(Field::kWindow, rin).size(),
            postings.facts_with(Field::kSentence, rin).size());
}

}  // namespace
}  // namespace lenbot
