#include "bot/retrieval/features.h"

#include "tests/retrieval/retrieval_fixture.h"

namespace lenbot {
namespace {

class FeaturesTest : public RetrievalFixture {
 protected:
  static double feature(const std::vector<double>& features, std::string_view name) {
    const auto it = std::find(kFactFeatureNames.begin(), kFactFeatureNames.end(), name);
    EXPECT_NE(it, kFactFeatureNames.end()) << name;
    return features[static_cast<std::size_t>(it - kFactFeatureNames.begin())];
  }

  static std::vector<double> features_of(const Question& q, const Fact& f, double past = 0.0) {
    double weight = 0.0;
    for (const auto& g : q.groups) weight += group_weight(g, *knowledge_);
    const CandidateContext context{q, *knowledge_, 10.0, weight};
    ScoredFact s{&f, 5.0, 0.5, std::vector<bool>(q.groups.size(), false)};
    return fact_features(context, s, 2, past, 3);
  }

  // The first prose fact holding `word` in its text, and the first holding none of `words`.
  static const Fact& prose_with(std::string_view word) {
    for (const auto& f : knowledge_->facts) {
      if (!f.profile && f.text.find(word) != std::string::npos) return f;
    }
    ADD_FAILURE() << word;
    return knowledge_->facts.front();
  }
};

TEST_F(FeaturesTest, OneValuePerNamedFeature) {
  const Question q = analyse_question("why did elena turn the dog into spam", *knowledge_);
  EXPECT_EQ(features_of(q, fact_citing(4)).size(), kFactFeatureNames.size());
}

TEST_F(FeaturesTest, FieldsMatchOnlyWhereTheWordsAre) {
  const Question q = analyse_question("spam", *knowledge_);
  const auto with = features_of(q, prose_with("spam"));
  EXPECT_GT(feature(with, "bm25_fact"), 0.0);
  EXPECT_GE(feature(with, "bm25_sentence"), feature(with, "bm25_fact") * 0.5);
  EXPECT_DOUBLE_EQ(feature(with, "direct_share"), 1.0);
  // Any fact sharing no term with the question scores nothing in its own field.
  for (const auto& f : knowledge_->facts) {
    bool shares = false;
    for (const auto& g : q.groups) {
      for (const auto& t : g.terms) {
        shares = shares || std::binary_search(f.term_ids.begin(), f.term_ids.end(), t.id);
      }
    }
    if (shares) continue;
    const auto without = features_of(q, f);
    EXPECT_DOUBLE_EQ(feature(without, "bm25_fact"), 0.0) << f.text;
    EXPECT_DOUBLE_EQ(feature(without, "direct_share"), 0.0) << f.text;
  }
}

TEST_F(FeaturesTest, QuestionTypeAndPeople) {
  const Question why = analyse_question("why did len steal", *knowledge_);
  for (const auto& f : knowledge_->facts) {
    const double match = feature(features_of(why, f), "type_match");
    EXPECT_EQ(match, f.gives_reason ? 1.0 : -1.0) << f.text;
  }
  const Question what = analyse_question("what did you steal", *knowledge_);
  EXPECT_DOUBLE_EQ(feature(features_of(what, knowledge_->facts.front()), "type_match"), 0.0);
  const Question about_miku = analyse_question("what did miku say", *knowledge_);
  const Fact& miku = prose_with("Miku");
  EXPECT_DOUBLE_EQ(feature(features_of(about_miku, miku), "person_missing"), 0.0);
}

TEST_F(FeaturesTest, CarriesThePastQuestionsAndTheHandRanker) {
  const Question q = analyse_question("who sold u weed", *knowledge_);
  const auto f = features_of(q, fact_citing(4), 0.75);
  EXPECT_DOUBLE_EQ(feature(f, "past_question"), 0.75);
  EXPECT_DOUBLE_EQ(feature(f, "past_asked"), std::log1p(3.0));
  EXPECT_DOUBLE_EQ(feature(f, "hand_share"), 0.5);
  EXPECT_DOUBLE_EQ(feature(f, "hand_rank"), 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(feature(f, "coverage"), 0.5);
}

// Coreference's people: a fact about Len (named or as "he") answers a question put to "you".
TEST_F(FeaturesTest, PeopleTheFactIsAbout) {
  const Question to_len = analyse_question("what did u steal", *knowledge_);
  ASSERT_TRUE(to_len.to_len);
  int about_len = 0;
  for (const auto& f : knowledge_->facts) {
    const bool len = std::binary_search(f.persons.begin(), f.persons.end(), std::string("len"));
    const auto features = features_of(to_len, f);
    EXPECT_DOUBLE_EQ(feature(features, "len_about"), len ? 1.0 : 0.0) << f.text;
    EXPECT_DOUBLE_EQ(feature(features, "other_about"), !len && !f.persons.empty() ? 1.0 : 0.0)
        << f.text;
    about_len += len ? 1 : 0;
  }
  EXPECT_GT(about_len, 50);
  const Question about_miku = analyse_question("what did miku say", *knowledge_);
  for (const auto& f : knowledge_->facts) {
    const bool miku = std::binary_search(f.persons.begin(), f.persons.end(), std::string("miku"));
    EXPECT_DOUBLE_EQ(feature(features_of(about_miku, f), "person_about"), miku ? 1.0 : 0.0)
        << f.text;
  }
}

// "X after Y": the scene Y is told in the fact before X's, and X's own words are the ask.
TEST_F(FeaturesTest, TheSceneOfAnAfterQuestionIsTheFactBefore) {
  const Question q =
      analyse_question("what did camui pull out after you kicked his gun away", *knowledge_);
  const Fact& scene = prose_with("kicking the gun out");
  const Fact* next = knowledge_->fact(scene.id + 1);
  ASSERT_NE(next, nullptr);
  ASSERT_EQ(next->section, scene.section);
  EXPECT_GT(feature(features_of(q, *next), "scene_before"), 0.0);
  EXPECT_DOUBLE_EQ(feature(features_of(q, scene), "scene_before"), 0.0);
  EXPECT_GT(feature(features_of(q, scene), "scene_share"), 0.0);
  EXPECT_GT(feature(features_of(q, prose_with("pulling out a sword")), "content_share"), 0.0);
  EXPECT_DOUBLE_EQ(feature(features_of(q, *next), "scene_after"), 0.0);
}

TEST_F(FeaturesTest, GapsAreMeasuredFromThePoolsBest) {
  const Question q = analyse_question("why did elena turn the dog into spam", *knowledge_);
  auto best = features_of(q, fact_citing(4));
  auto other = features_of(q, prose_with("wallet"));
  std::vector<std::vector<double>*> rows = {&best, &other};
  fill_gaps(rows);
  EXPECT_DOUBLE_EQ(feature(best, "fact_gap"), 0.0);
  EXPECT_LT(feature(other, "fact_gap"), 0.0);
  EXPECT_DOUBLE_EQ(feature(other, "fact_gap"),
                   feature(other, "bm25_fact") - feature(best, "bm25_fact"));
  for (const auto* row : rows) {
    for (auto name : kGapOf) {
      const std::string gap = name == "bm25_fact"       ? "fact_gap"
                              : name == "bm25_sentence" ? "sentence_gap"
                              : name == "bm25_window"   ? "window_gap"
                              : name == "coverage"      ? "coverage_gap"
                              : name == "past_question" ? "past_gap"
                                                        : "content_gap";
      EXPECT_LE(feature(*row, gap), 0.0) << gap;
    }
  }
}

}  // namespace
}  // namespace lenbot
