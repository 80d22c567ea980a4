#include "bot/index/wordnet_lexicon.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "bot/index/word_forms.h"

namespace lenbot {
namespace {

bool has_lemma(const WordNetTables& tables, std::string_view form, std::string_view lemma) {
  return std::any_of(tables.lemmas.begin(), tables.lemmas.end(),
                     [&](const LemmaRow& r) { return r.form == form && r.lemma == lemma; });
}

std::vector<SynonymRow> rows_for(const WordNetTables& tables, std::string_view word) {
  std::vector<SynonymRow> rows;
  std::copy_if(tables.synonyms.begin(), tables.synonyms.end(), std::back_inserter(rows),
               [&](const SynonymRow& r) { return r.word == word; });
  return rows;
}

std::string describe(const std::vector<SynonymRow>& rows) {
  std::string out;
  for (const auto& r : rows) out += r.target + "(" + r.relation + ") ";
  return out.empty() ? "no rows" : out;
}

class WordNetLexiconTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    small_ = new WordNetTables(build_wordnet_tables({"steal", "dog", "friend"}));
  }
  static void TearDownTestSuite() {
    delete small_;
    small_ = nullptr;
  }
  static const WordNetTables* small_;
};
const WordNetTables* WordNetLexiconTest::small_ = nullptr;

TEST_F(WordNetLexiconTest, MapsIrregularFormsToTheirBase) {
  struct Case {
    const char* form;
    const char* lemma;
  };
  const Case cases[] = {
      {"stole", "steal"}, {"threw", "throw"},  {"fought", "fight"},   {"gave", "give"},
      {"ran", "run"},     {"bought", "buy"},   {"lay", "lie"},        {"men", "man"},
      {"better", "good"}, {"stolen", "steal"}, {"children", "child"},
  };
  for (const auto& c : cases) {
    EXPECT_TRUE(has_lemma(*small_, c.form, c.lemma)) << c.form << " -> " << c.lemma;
  }
}

TEST_F(WordNetLexiconTest, LemmaRowsAreSingleLowercaseWords) {
  ASSERT_GT(small_->lemmas.size(), 4000u);
  for (const auto& r : small_->lemmas) {
    ASSERT_NE(r.form, r.lemma);
    for (const std::string& w : {r.form, r.lemma}) {
      ASSERT_TRUE(std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
          << r.form << " -> " << r.lemma;
    }
  }
}

TEST_F(WordNetLexiconTest, MapsFanWordsOntoCorpusTerms) {
  struct Case {
    const char* word;
    const char* target;
    const char* relation;
  };
  const Case cases[] = {
      {"swipe", "steal", kRelationHyponym},    {"pinch", "steal", kRelationHyponym},
      {"filch", "steal", kRelationHyponym},    {"pilfer", "steal", kRelationHyponym},
      {"thief", "steal", kRelationDerivation}, {"puppy", "dog", kRelationHyponym},
      {"pup", "dog", kRelationCoHypernym},     {"buddy", "friend", kRelationHyponym},
      {"pal", "friend", kRelationHyponym},
  };
  for (const auto& c : cases) {
    const auto rows = rows_for(*small_, c.word);
    const auto hit = std::find_if(rows.begin(), rows.end(),
                                  [&](const SynonymRow& r) { return r.target == c.target; });
    ASSERT_NE(hit, rows.end()) << c.word << " -> " << describe(rows);
    EXPECT_EQ(hit->relation, c.relation) << c.word;
    EXPECT_GT(hit->weight, 0.0) << c.word;
    EXPECT_LT(hit->weight, 1.0) << c.word;
  }
}

TEST_F(WordNetLexiconTest, WordsFarFromTheCorpusGetNoRows) {
  for (const char* word : {"volcano", "zymurgy", "telescope", "the", "will", "steal", "dog"}) {
    EXPECT_TRUE(rows_for(*small_, word).empty())
        << word << " -> " << describe(rows_for(*small_, word));
  }
}

TEST_F(WordNetLexiconTest, SynonymRowsAreWellFormed) {
  for (const auto& r : small_->synonyms) {
    ASSERT_NE(r.word, r.target);
    ASSERT_GE(r.word.size(), 3u) << r.word;
    ASSERT_TRUE(std::all_of(r.word.begin(), r.word.end(), [](char c) {
      return c >= 'a' && c <= 'z';
    })) << r.word;
    ASSERT_GE(r.weight, kMinSynonymWeight) << r.word << " -> " << r.target;
    ASSERT_LT(r.weight, 1.0) << r.word << " -> " << r.target;
  }
}

TEST_F(WordNetLexiconTest, EmptyCorpusGivesNoSynonyms) {
  EXPECT_TRUE(build_wordnet_tables(std::set<std::string>{}).synonyms.empty());
}

// The article's vocabulary as the indexer would give it: letter runs, lowercased, irregular
// forms replaced by their lemma, otherwise the first base form WordNet knows.
std::set<std::string> article_terms(const WordNetTables& lemmas, const WordNetData& wordnet) {
  std::ifstream in(std::string(LENBOT_SOURCE_DIR) + "/corpus/kagamine_len_article.txt");
  std::stringstream text;
  text << in.rdbuf();
  std::map<std::string, std::string> irregular;
  for (const auto& r : lemmas.lemmas) irregular.emplace(r.form, r.lemma);
  const auto known = [&](const std::string& w) {
    return std::any_of(std::begin(kAllWordNetPos), std::end(kAllWordNetPos),
                       [&](WordNetPos pos) { return !wordnet.senses(w, pos).empty(); });
  };
  std::set<std::string> terms;
  std::string word;
  for (char c : text.str() + " ") {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c >= 'a' && c <= 'z') {
      word += c;
      continue;
    }
    if (word.empty()) continue;
    if (const auto it = irregular.find(word); it != irregular.end()) {
      terms.insert(it->second);
    } else {
      const auto forms = candidate_base_forms(word);
      const auto base = std::find_if(forms.begin(), forms.end(), known);
      terms.insert(base == forms.end() ? word : *base);
    }
    word.clear();
  }
  return terms;
}

TEST_F(WordNetLexiconTest, BuildsTablesForTheArticleVocabulary) {
  const WordNetData wordnet(default_wordnet_dir());
  const std::set<std::string> terms = article_terms(*small_, wordnet);
  ASSERT_GT(terms.size(), 800u);
  ASSERT_TRUE(terms.contains("steal"));

  const auto start = std::chrono::steady_clock::now();
  const WordNetTables tables = build_wordnet_tables(terms);
  const auto ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::cout << "[ wordnet  ] " << terms.size() << " article terms -> " << tables.lemmas.size()
            << " lemma rows, " << tables.synonyms.size() << " synonym rows in " << ms << " ms\n";

  EXPECT_GT(tables.synonyms.size(), 2000u);
  EXPECT_LT(tables.synonyms.size(), 60000u);
  for (const auto& r : tables.synonyms) ASSERT_TRUE(terms.contains(r.target)) << r.target;

  std::map<std::string, size_t> fan_out;
  for (const auto& r : tables.synonyms) ++fan_out[r.word];
  size_t widest = 0;
  for (const auto& [word, n] : fan_out) {
    EXPECT_LE(n, kMaxTargetsPerWord) << word;
    widest = std::max(widest, n);
  }
  EXPECT_EQ(widest, kMaxTargetsPerWord) << "the cap never bit: the test proves nothing";

  const auto swipe = rows_for(tables, "swipe");
  EXPECT_TRUE(std::any_of(swipe.begin(), swipe.end(), [](const SynonymRow& r) {
    return r.target == "steal";
  })) << describe(swipe);
}

}  // namespace
}  // namespace lenbot
