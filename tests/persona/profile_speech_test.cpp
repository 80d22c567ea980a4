#include "bot/persona/profile_speech.h"

#include <gtest/gtest.h>

namespace lenbot {
namespace {

struct Case {
  const char* line;
  const char* said;
};

// Infobox values as Len would say them: lists by part in the past, names quoted, no raw
// brackets or semicolons.
TEST(ProfileSpeechTest, SaysInfoboxLinesAsSpeech) {
  const Case cases[] = {
      {"Eye Color: Blue", "My eyes are blue."},
      {"Hair Color: Blonde", "My hair is blonde."},
      {"Gender: Male", "I'm male."},
      {"Classification: Vocaloid", "I'm a Vocaloid."},
      {"Subtitle Color: Light blue (Part 1); Yellow (Part 2-4); Red (Original programming)",
       "My subtitles were light blue in Part 1, yellow in Parts 2-4 and red in my original "
       "programming."},
      {"Eye Color: Light blue (Part 1); Yellow (Part 2)",
       "My eyes were light blue in Part 1 and yellow in Part 2."},
      {"Other Names: The One Who Steals; Vocaloid Len",
       "People also call me \"The One Who Steals\" or \"Vocaloid Len\"."},
      {"Affiliation: Russia (formely)", "I used to be with Russia."},
      {"First Appearance: Don't Leave Me Alone.", "I first showed up in \"Don't Leave Me Alone\"."},
      {"Last Appearance: In Your Eyes.", "I last showed up in \"In Your Eyes\"."},
      {"Romanization: Kagamine Len", "In romaji my name's \"Kagamine Len\"."},
      {"Race: N/A", "My race? Doesn't really apply to me."},
      {"Favourite Food: Bananas", "My favourite food is Bananas."},
      {"Height: 156 cm (Part 1)", "My height was 156 cm in Part 1."},
      {"Motto: ", "My motto? Doesn't really apply to me."},
      {"no colon here", "no colon here."},
  };
  for (const auto& c : cases) EXPECT_EQ(profile_sentence(c.line), c.said) << c.line;
}

TEST(ProfileSpeechTest, NeverThrowsOnOddLines) {
  for (const char* line : {"", ": ", ":", "Key: ;;;", "Key: ( )", "Key: a (", "Key: )"}) {
    EXPECT_NO_THROW(profile_sentence(line)) << line;
  }
}

}  // namespace
}  // namespace lenbot
