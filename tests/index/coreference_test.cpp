#include "bot/index/coreference.h"

#include <gtest/gtest.h>

#include <set>

#include "bot/index/lexicon.h"
#include "bot/ingest/article_parser.h"

namespace lenbot {
namespace {

// The nouns the sentences below use right after a description or "both" ("the dog data file").
bool test_noun(std::string_view word) {
  static const std::set<std::string_view> kNouns = {
      "data", "file",     "programming", "hands", "box",     "chocolate", "house", "master",
      "body", "memories", "behavior",    "dog",   "soldier", "bag",       "eyes",  "wallet"};
  return kNouns.contains(word);
}

PersonCatalog test_catalog() {
  PersonCatalog c;
  for (const char* person :
       {"len", "rin", "miku", "camui", "ronald", "abe", "irina", "elena", "teppannov", "comrade"}) {
    c.names[person] = person;
  }
  c.names["gackpo"] = "camui";
  c.names["hatsune"] = "miku";
  c.names["kagamine"] = "len";
  c.names["urusei"] = "teppannov";
  c.names["abe-san"] = "abe";
  for (const char* male : {"len", "camui", "ronald", "abe", "teppannov"}) {
    c.genders[male] = Gender::kMale;
  }
  for (const char* female : {"rin", "miku", "irina", "elena"}) c.genders[female] = Gender::kFemale;
  c.descriptions["dog"] = "len";
  c.protagonist = "len";
  return c;
}

// "surface=person person" for each mention, in order, across the paragraph's segments.
std::vector<std::string> resolved(const std::vector<std::string>& texts,
                                  const std::string& section = "Part 1") {
  std::vector<Segment> segments;
  for (const auto& text : texts) {
    Segment s;
    s.id = static_cast<int>(segments.size()) + 1;
    s.section = section;
    s.text = text;
    segments.push_back(s);
  }
  std::vector<std::string> out;
  for (const auto& r : resolve_coreference(segments, test_catalog(), test_noun)) {
    for (const auto& m : r.mentions) {
      std::string line = m.surface + "=";
      for (std::size_t i = 0; i < m.persons.size(); ++i) line += (i ? " " : "") + m.persons[i];
      out.push_back(line);
    }
  }
  return out;
}

struct Case {
  std::vector<std::string> paragraph;  // segments of one paragraph, the article's own words
  std::vector<std::string> mentions;
};

TEST(CoreferenceTest, ResolvesTheArticlesMentions) {
  const std::vector<Case> cases = {
      // The dog is Len; "she" reaches back past him to Irina; "he" after the dog is the dog.
      {{"There was originally a stray dog adopted by Irina, who grew to love his master over time.",
        "only for her comrade to shoot the dog dead after he broke loose."},
       {"dog=len", "Irina=irina", "his=len", "her=irina", "comrade=comrade", "the dog=len",
        "he=len"}},
      // A description that modifies a noun is not a person.
      {{"Later, the dog data file was broadcasted as a virus;"}, {}},
      // "the two": the last two people; a multi-word name is one mention.
      {{"In the season of cherry blossoms, Rin called Len and the two made a date to meet by the "
        "cherry trees;"},
       {"Rin=rin", "Len=len", "the two=len rin"}},
      {{"Over time, Len also learned about the Vocaloid idol Hatsune Miku and developed a crush "
        "on her,"},
       {"Len=len", "Hatsune Miku=miku", "her=miku"}},
      // An object pronoun is not its own clause's subject; a possessive is the sentence's.
      {{"Camui also stood then, pulling out a sword,",
        "and Len listened to him cryptically monologue about his past."},
       {"Camui=camui", "Len=len", "him=camui", "his=camui"}},
      {{"During this, Ronald got close to Len and pretended to befriend him."},
       {"Ronald=ronald", "Len=len", "him=len"}},
      // A possessive name keeps its "'s" in the span.
      {{"Following this, Len stole Camui's wallet as a trophy of his success and fled,"},
       {"Len=len", "Camui's=camui", "his=len"}},
      // "the former" and "the latter" are the last two people named, in order.
      {{"From his headphones, Len began to see the story of Elena and Urusei Teppannov, ending in "
        "the former's suicide after she rebelled against Putin and the latter's own defection."},
       {"his=len", "Len=len", "Elena=elena", "Urusei Teppannov=teppannov", "the former's=elena",
        "she=elena", "the latter's=teppannov"}},
      // With no one named yet, "he" is the section's person or the protagonist.
      {{"He also took up a hobby of pickpocketing from people."}, {"He=len"}},
      {{"Wishing to begin a new life as a Vocaloid, Len and Kagamine Rin were released to a "
        "producer and Len managed to separate from his virus,",
        "both having their programming wiped."},
       {"Len=len", "Kagamine Rin=rin", "Len=len", "his=len", "both=len rin", "their=len rin"}},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(resolved(c.paragraph), c.mentions) << c.paragraph.front();
  }
}

TEST(CoreferenceTest, SpansPointIntoTheText) {
  const std::string text = "On one occasion, she gave the dog to her comrade,";
  Segment before{1,
                 "Russia era",
                 StoryPart::kRussia,
                 StoryPart::kRussia,
                 "There was originally a stray dog adopted by Irina.",
                 {1},
                 0};
  Segment s{2, "Russia era", StoryPart::kRussia, StoryPart::kRussia, text, {2}, 0};
  const auto r = resolve_coreference({before, s}, test_catalog(), test_noun);
  ASSERT_EQ(r.size(), 2u);
  ASSERT_EQ(r[1].mentions.size(), 4u);
  for (const auto& m : r[1].mentions) {
    EXPECT_EQ(text.substr(static_cast<std::size_t>(m.start), static_cast<std::size_t>(m.length)),
              m.surface);
  }
  EXPECT_EQ(r[1].persons, (std::vector<std::string>{"comrade", "irina", "len"}));
}

TEST(CoreferenceTest, ContextStartsAfreshAtEachParagraph) {
  Segment first{1, "Kagamine Rin", StoryPart::kNone, StoryPart::kPart4, "Miku sang.", {}, 1};
  Segment second{2, "Kagamine Rin", StoryPart::kNone, StoryPart::kPart4, "She smiled.", {}, 2};
  const auto r = resolve_coreference({first, second}, test_catalog(), test_noun);
  ASSERT_EQ(r[1].mentions.size(), 1u);
  EXPECT_EQ(r[1].mentions[0].persons, std::vector<std::string>{"rin"});  // the section's person
}

TEST(CoreferenceTest, CatalogComesFromTheArticleAndLexicon) {
  const Article article = load_article(LENBOT_SOURCE_DIR "/corpus/kagamine_len_article.txt");
  const Lexicon lexicon = load_lexicon(LENBOT_SOURCE_DIR "/corpus/lexicon.tsv");
  const PersonCatalog c = build_person_catalog(article, lexicon, test_noun);
  EXPECT_EQ(c.protagonist, "len");
  EXPECT_EQ(c.names.at("gackpo"), "camui");
  EXPECT_EQ(c.descriptions.at("dog"), "len");  // "Camui, realizing Len was the dog, ..."
  const std::vector<std::pair<std::string, Gender>> genders = {
      {"len", Gender::kMale},     {"rin", Gender::kFemale}, {"miku", Gender::kFemale},
      {"irina", Gender::kFemale}, {"camui", Gender::kMale}, {"ronald", Gender::kMale}};
  for (const auto& [person, gender] : genders) {
    EXPECT_EQ(c.genders.at(person), gender) << person;
  }
}

}  // namespace
}  // namespace lenbot
