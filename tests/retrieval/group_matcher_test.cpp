#include "bot/retrieval/group_matcher.h"

#include <algorithm>

#include "tests/retrieval/retrieval_fixture.h"

namespace lenbot {
namespace {

class GroupMatcherTest : public RetrievalFixture {};

// Group by group, as the ranker read it before GroupMatcher: the best term in `ids` (sorted).
double best_in(const TermGroup& group, const std::vector<int>& ids, const Knowledge& k) {
  double best = 0.0;
  for (const auto& t : group.terms) {
    if (t.id >= 0 && std::binary_search(ids.begin(), ids.end(), t.id)) {
      best = std::max(best, t.weight * k.idf(t.id));
    }
  }
  return best;
}

// Every fact's own, section and pronoun lists give each group what a search per group gives.
TEST_F(GroupMatcherTest, SameBestAsSearchingEachGroup) {
  const char* const questions[] = {
      "why did elena turn the dog into spam",
      "what did camui pull out after you kicked his gun away",
      "who is rin to you",
      "how did u end up as a vocaloid in the first place",
      "wat color r ur eyes",
      "pizza minecraft",
  };
  for (const char* text : questions) {
    const Question q = analyse_question(text, *knowledge_);
    const GroupMatcher matcher(q, *knowledge_);
    std::vector<double> best;
    for (const auto& f : knowledge_->facts) {
      for (const auto* ids : {&f.term_ids, &f.section_term_ids, &f.person_ids}) {
        matcher.best_per_group(*ids, best);
        ASSERT_EQ(best.size(), q.groups.size()) << text;
        for (std::size_t i = 0; i < q.groups.size(); ++i) {
          EXPECT_EQ(best[i], best_in(q.groups[i], *ids, *knowledge_))
              << text << ", fact " << f.id << ", group " << q.groups[i].source;
        }
      }
    }
  }
}

TEST_F(GroupMatcherTest, NothingInAnEmptyList) {
  const Question q = analyse_question("why did elena turn the dog into spam", *knowledge_);
  ASSERT_FALSE(q.groups.empty());
  std::vector<double> best{7.0};
  GroupMatcher(q, *knowledge_).best_per_group({}, best);
  EXPECT_EQ(best, std::vector<double>(q.groups.size(), 0.0));
}

}  // namespace
}  // namespace lenbot
