#include "bot/index/wordnet_data.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace lenbot {
namespace {

TEST(WordNetDataTest, ListsSensesInWordNetOrder) {
  const WordNetData wordnet(default_wordnet_dir());
  struct Case {
    const char* lemma;
    WordNetPos pos;
    size_t count;
    uint32_t first;
  };
  const Case cases[] = {
      {"dog", WordNetPos::kNoun, 7, 2084071},     {"steal", WordNetPos::kVerb, 3, 2321775},
      {"friend", WordNetPos::kNoun, 5, 10112591}, {"a", WordNetPos::kNoun, 7, 13658027},
      {"zymurgy", WordNetPos::kNoun, 1, 6080361},
  };
  for (const auto& c : cases) {
    const auto senses = wordnet.senses(c.lemma, c.pos);
    ASSERT_EQ(senses.size(), c.count) << c.lemma;
    EXPECT_EQ(senses.front(), c.first) << c.lemma;
  }
  EXPECT_TRUE(wordnet.senses("lenbot", WordNetPos::kNoun).empty());
  EXPECT_TRUE(wordnet.senses("", WordNetPos::kNoun).empty());
  EXPECT_TRUE(wordnet.senses("steal", WordNetPos::kAdv).empty());
  EXPECT_EQ(wordnet.entry("steal", WordNetPos::kVerb).tagged_senses, 3u);
  EXPECT_EQ(wordnet.entry("steal", WordNetPos::kNoun).tagged_senses, 0u);
  EXPECT_EQ(wordnet.entry("steal", WordNetPos::kNoun).synsets.size(), 2u);
}

TEST(WordNetDataTest, ParsesSynsetMembersAndPointers) {
  const WordNetData wordnet(default_wordnet_dir());
  const WordNetSynset pilfer = wordnet.synset(WordNetPos::kVerb, 2276884);
  EXPECT_NE(std::find(pilfer.words.begin(), pilfer.words.end(), "swipe"), pilfer.words.end());
  ASSERT_FALSE(pilfer.pointers.empty());
  EXPECT_EQ(pilfer.pointers.front().symbol, "@");
  EXPECT_EQ(pilfer.pointers.front().offset, 2321775u);  // steal
  EXPECT_EQ(pilfer.pointers.front().pos, WordNetPos::kVerb);
  EXPECT_THROW(wordnet.synset(WordNetPos::kVerb, 2276885), WordNetError);
}

TEST(WordNetDataTest, ReadsExceptionLists) {
  const WordNetData wordnet(default_wordnet_dir());
  const auto verbs = wordnet.exceptions(WordNetPos::kVerb);
  EXPECT_NE(std::find(verbs.begin(), verbs.end(),
                      std::pair<std::string_view, std::string_view>("stole", "steal")),
            verbs.end());
}

TEST(WordNetDataTest, MissingDirectoryThrowsNamingTheFile) {
  try {
    const WordNetData wordnet("/nonexistent/wordnet");
    FAIL() << "expected WordNetError";
  } catch (const WordNetError& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/wordnet/index.noun"), std::string::npos)
        << e.what();
  }
}

}  // namespace
}  // namespace lenbot
