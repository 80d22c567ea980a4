#include "bot/ingest/article_parser.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

namespace lenbot {
namespace {

const Article& article() {
  static const Article parsed =
      load_article(std::string(LENBOT_SOURCE_DIR) + "/corpus/kagamine_len_article.txt");
  return parsed;
}

const Segment* segment_citing(int cite) {
  for (const auto& s : article().segments) {
    if (std::find(s.cites.begin(), s.cites.end(), cite) != s.cites.end()) return &s;
  }
  return nullptr;
}

TEST(ArticleParserTest, EveryCitationFrom1To192EndsExactlyOneSegmentInOrder) {
  std::map<int, int> seen;
  int last = 0;
  for (const auto& s : article().segments) {
    for (int cite : s.cites) {
      ++seen[cite];
      EXPECT_EQ(cite, last + 1) << "citation out of order after [" << last << "]";
      last = cite;
    }
  }
  for (int cite = 1; cite <= 192; ++cite) EXPECT_EQ(seen[cite], 1) << "[" << cite << "]";
  EXPECT_EQ(seen.size(), 192u);
}

TEST(ArticleParserTest, CitationsLandOnTheTextTheyEnd) {
  struct Case {
    int cite;
    const char* text;
    const char* section;
  };
  const Case cases[] = {
      {1,
       "There was originally a stray dog adopted by Irina, who grew to love his master over time.",
       "Russia era"},
      {3, "only for her comrade to shoot the dog dead after he broke loose.", "Russia era"},
      {29, "Later, Rin sent Len to the store to buy her sugared natto;", "Part 1"},
      {57,
       "Len finally decided to give Rin her memories back, smoking a final joint and then "
       "running off to find her.",
       "Part 2"},
      {66,
       "That December, Len searched for Miku after she had gone missing and found her holed up "
       "in her room watching the TV.",
       "Part 3"},
      {84,
       "Following this, Len stole Camui's wallet as a trophy of his success and fled, "
       "reflecting on all that was happening around him.",
       "Part 3"},
      {127, "Then, at last, Len quickly said that he loved her for the first time.", "Part 4"},
      {130,
       "Additionally, rather than face his problems he would use weed to forget about them and "
       "deny when he was unhappy.",
       "Personality"},
      {147,
       "As noted by Rin, Len had a distinct wrestling style apart from hers and made particular "
       "use of the Atomic Suplex Hold technique.",
       "Skills and Abilities"},
      {157,
       "As typical for a Vocaloid, Len had a white headset attached to his head that had yellow "
       "lights, into which a USB drive or disk could be inserted to change or update his "
       "programming.",
       "Appearance"},
      {181,
       "Len's nemesis. From before Len was a Vocaloid, he had held a special disliking for "
       "Camui's \"past self\", as both the one who shot the dog and the one partially "
       "responsible for Irina's suicide.",
       "Camui Gackpo"},
      {188,
       "Len's lover. At some point Len entered into a relationship with the older man as a "
       "means of taking his mind off Miku,",
       "Abe-san"},
  };
  for (const auto& c : cases) {
    const Segment* s = segment_citing(c.cite);
    ASSERT_NE(s, nullptr) << "[" << c.cite << "]";
    EXPECT_EQ(s->text, c.text) << "[" << c.cite << "]";
    EXPECT_EQ(s->section, c.section) << "[" << c.cite << "]";
  }
}

TEST(ArticleParserTest, FindsNamedAndInferredSectionsInOrder) {
  const std::vector<std::string> expected = {
      "Intro",      "Russia era",   "Part 1",       "Part 2",
      "Part 3",     "Part 4",       "Personality",  "Skills and Abilities",
      "Appearance", "Kagamine Rin", "Hatsune Miku", "Camui Gackpo",
      "Abe-san",    "The Uploader", "Trivia"};
  EXPECT_EQ(article().sections, expected);
}

TEST(ArticleParserTest, EachPlotSegmentHasItsStoryPart) {
  std::map<StoryPart, int> per_part;
  for (const auto& s : article().segments) ++per_part[s.part];
  EXPECT_EQ(per_part.size(), 6u);  // five parts and the non-plot sections
  EXPECT_EQ(segment_citing(7)->part, StoryPart::kRussia);
  EXPECT_EQ(segment_citing(8)->part, StoryPart::kPart1);
  EXPECT_EQ(segment_citing(38)->part, StoryPart::kPart2);
  EXPECT_EQ(segment_citing(66)->part, StoryPart::kPart3);
  EXPECT_EQ(segment_citing(107)->part, StoryPart::kPart4);
  EXPECT_EQ(segment_citing(128)->part, StoryPart::kNone);
}

TEST(ArticleParserTest, RussiaEraIsRevealedInPart2) {
  EXPECT_EQ(segment_citing(1)->revealed, StoryPart::kPart2);
  EXPECT_EQ(segment_citing(8)->revealed, StoryPart::kPart1);
  EXPECT_EQ(segment_citing(150)->revealed, StoryPart::kPart4);
}

TEST(ArticleParserTest, CaptionsAreKeptApartAndNeverSegments) {
  const auto& captions = article().captions;
  for (const char* caption : {"Poor Len", "Len learns to kick", "Genkaku 3", "Len embracing Rin",
                              "Broken Mirror 6", "Len at first paid Rin little attention"}) {
    EXPECT_NE(std::find(captions.begin(), captions.end(), caption), captions.end()) << caption;
    for (const auto& s : article().segments) EXPECT_EQ(s.text.find(caption), std::string::npos);
  }
  EXPECT_EQ(captions.size(), 9u);
}

TEST(ArticleParserTest, QuotesHaveTheirSpeakerAndSection) {
  const auto& quotes = article().quotes;
  ASSERT_EQ(quotes.size(), 14u);
  const auto by_text = [&](std::string_view start) {
    return *std::find_if(quotes.begin(), quotes.end(),
                         [&](const Quote& q) { return q.text.starts_with(start); });
  };
  const Quote rin = by_text("That's not the Cobra Twist");
  EXPECT_EQ(rin.speaker, "Rin");
  EXPECT_EQ(rin.about, "Len's wrestling style");
  EXPECT_EQ(rin.section, "Skills and Abilities");
  const Quote now = by_text("Since I've tired");
  EXPECT_EQ(now.speaker, "Len");
  EXPECT_EQ(now.section, "Part 3");
  EXPECT_EQ(now.text, "Since I've tired of looking at the dream I'll desperately protect the now");
  EXPECT_EQ(by_text("Now I'm engrossed").section, "Abe-san");
}

TEST(ArticleParserTest, ProfileComesFromTheInfobox) {
  std::map<std::string, std::string> profile;
  for (const auto& fact : article().profile) profile[fact.key] = fact.value;
  EXPECT_EQ(profile["Japanese Name"], "\xE9\x8F\xA1\xE9\x9F\xB3\xE3\x83\xAC\xE3\x83\xB3");
  EXPECT_EQ(profile["Hair Color"], "Blonde");
  EXPECT_EQ(profile["First Appearance"], "Don't Leave Me Alone.");
  EXPECT_EQ(profile["Other Names"], "The One Who Steals; Vocaloid Len");
  EXPECT_EQ(profile["Subtitle Color"],
            "Light blue (Part 1); Yellow (Part 2-4); Red (Original programming)");
}

TEST(ArticleParserTest, UncitedTextIsKeptWithNoCites) {
  const auto& segments = article().segments;
  EXPECT_EQ(segments.front().section, "Intro");
  EXPECT_TRUE(segments.front().cites.empty());
  EXPECT_EQ(segments.back().section, "Trivia");
  EXPECT_EQ(segments.back().text,
            "Len is the only main character in the series who has never held a gun.");
}

TEST(ArticleParserTest, RejectsEmptyText) {
  EXPECT_THROW(parse_article(""), IngestError);
  EXPECT_THROW(parse_article("\n\n  \n"), IngestError);
  EXPECT_THROW(load_article("/nonexistent/article.txt"), IngestError);
}

TEST(ArticleParserTest, SurvivesOddInput) {
  // Markers with no text, unterminated markers, a lone heading: parsed, not crashed.
  const Article a =
      parse_article("Title\nbox\n\n[1][2] text [3 and more [x] text.[4]\nPart 9Edit\n");
  ASSERT_FALSE(a.segments.empty());
  EXPECT_EQ(a.segments.back().cites, std::vector<int>{4});
}

}  // namespace
}  // namespace lenbot
