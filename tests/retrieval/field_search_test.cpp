#include "bot/retrieval/field_search.h"

#include "bot/retrieval/clauses.h"
#include "tests/retrieval/retrieval_fixture.h"

namespace lenbot {
namespace {

class FieldSearchTest : public RetrievalFixture {};

// The wider fields hold the narrower ones: a fact's words are in its sentence, its sentence's
// in its window, and the window's in its paragraph.
TEST_F(FieldSearchTest, WiderFieldsHoldTheNarrower) {
  const auto holds = [](const std::vector<int>& wide, const std::vector<int>& narrow) {
    return std::includes(wide.begin(), wide.end(), narrow.begin(), narrow.end());
  };
  for (const auto& f : knowledge_->facts) {
    EXPECT_TRUE(holds(f.sentence_term_ids, f.term_ids)) << f.text;
    EXPECT_TRUE(holds(f.window_term_ids, f.sentence_term_ids)) << f.text;
    if (!f.profile) {
      EXPECT_TRUE(holds(f.paragraph_term_ids, f.window_term_ids)) << f.text;
    }
    if (const Fact* next = clause_after(*knowledge_, f)) {
      EXPECT_EQ(f.sentence_term_ids, next->sentence_term_ids) << f.text;
    }
  }
}

// A question's words found only in the next sentence score in the window field, not in the
// fact's own.
TEST_F(FieldSearchTest, TheNextSentenceCountsInTheWindowOnly) {
  int checked = 0;
  for (const auto& f : knowledge_->facts) {
    const Fact* next = knowledge_->neighbour(f.id, 1);
    if (next == nullptr || clause_after(*knowledge_, f) != nullptr) continue;
    // A word of the next sentence that this fact's sentence lacks.
    for (const auto& term : next->terms) {
      const int id = knowledge_->term_id(term);
      if (id < 0 || std::binary_search(f.sentence_term_ids.begin(), f.sentence_term_ids.end(), id))
        continue;
      Question q;
      q.groups.push_back({term, {{term, term, 1.0, id, false}}, -1, false});
      const auto fields = field_bm25(q, f, *knowledge_, 1.0);
      EXPECT_DOUBLE_EQ(fields[static_cast<std::size_t>(Field::kFact)], 0.0) << f.text;
      EXPECT_DOUBLE_EQ(fields[static_cast<std::size_t>(Field::kSentence)], 0.0) << f.text;
      EXPECT_GT(fields[static_cast<std::size_t>(Field::kWindow)], 0.0) << f.text;
      ++checked;
      break;
    }
  }
  EXPECT_GT(checked, 20);
}

struct CandidateCase {
  const char* question;
  int cite;  // the fact that must be among the first five
};

TEST_F(FieldSearchTest, FindsTheFactAmongTheFirstFive) {
  const CandidateCase cases[] = {
      {"why did elena turn the dog into spam", 4},
      {"who did len steal the wallet from", 84},
  };
  for (const auto& c : cases) {
    const Question q = analyse_question(c.question, *knowledge_);
    const auto found = field_candidates(q, *knowledge_, std::nullopt, 5);
    const bool has = std::any_of(found.begin(), found.end(), [&](const FieldCandidate& f) {
      return std::find(f.fact->cites.begin(), f.fact->cites.end(), c.cite) != f.fact->cites.end();
    });
    EXPECT_TRUE(has) << c.question;
    for (std::size_t i = 1; i < found.size(); ++i) {
      EXPECT_GE(found[i - 1].score, found[i].score) << c.question;
    }
  }
}

TEST_F(FieldSearchTest, NothingForNoWordsAndRespectsTheSpoilerShield) {
  EXPECT_TRUE(field_candidates(Question{}, *knowledge_, std::nullopt, 10).empty());
  const Question q = analyse_question("stole the wallet", *knowledge_);
  for (const auto& c : field_candidates(q, *knowledge_, StoryPart::kPart1, 50)) {
    EXPECT_LE(static_cast<int>(c.fact->revealed), static_cast<int>(StoryPart::kPart1));
  }
  EXPECT_LE(field_candidates(q, *knowledge_, std::nullopt, 3).size(), 3u);
}

}  // namespace
}  // namespace lenbot
