#include "bot/persona/spoken_text.h"

#include <gtest/gtest.h>

namespace lenbot {
namespace {

struct Case {
  const char* input;
  const char* expected;
};

// First-person article sentences and what Len types in chat instead.
TEST(SpokenTextTest, WikiLinkingAndRegisterBecomeSpeech) {
  const Case cases[] = {
      // Back-references the fan never saw are dropped, the next word capitalised.
      {"After this point, Ronald tricked me into wanting to give Rin back her memories.",
       "Ronald tricked me into wanting to give Rin back her memories."},
      {"During this, my memories of my \"past life\" were removed.",
       "My memories of my \"past life\" were removed."},
      {"Following this, I saw hallucinations of Ronald and Abe.",
       "I saw hallucinations of Ronald and Abe."},
      {"Despite this, I continued to steal.", "I continued to steal."},
      {"During this, though, I decided to pursue Rin.", "I decided to pursue Rin."},
      {"During this time, Miku dragged my body back.", "Miku dragged my body back."},
      {"As part of this, I would pickpocket as a hobby.", "I would pickpocket as a hobby."},
      {"In doing so, I lost my memory disk.", "I lost my memory disk."},
      // A clause the article began with "But" has nothing to contrast with in a reply.
      {"But as Miku encouraged me, I resolved to go.", "As Miku encouraged me, I resolved to go."},
      {"On one occasion, she gave me to her comrade.", "She gave me to her comrade."},
      {"Afterwards the Russian officer Elena recreated me.",
       "The Russian officer Elena recreated me."},
      {"Later, my data file was broadcasted as a virus.",
       "My data file was broadcasted as a virus."},
      {"As a result of our friendship, I cheered her up.",
       "Because of our friendship, I cheered her up."},
      {"On one occasion I dressed up as Santa.", "I dressed up as Santa."},
      // Wiki register.
      {"Arriving at the scene, however, I saw Camui.", "Arriving at the scene, I saw Camui."},
      {"I did it due to the Irina data file.", "I did it because of the Irina data file."},
      {"She made it in order to show the world.", "She made it to show the world."},
      {"I am the only main character in the series who never held a gun.",
       "I am the only main character in my story who never held a gun."},
      // The ironic infinitive, said as what happened next.
      {"She gave me to her comrade, only for her comrade to shoot me dead after I broke loose.",
       "She gave me to her comrade, but then her comrade shot me dead after I broke loose."},
      {"Only for Miku to rebuke me and order me out.", "Then Miku rebuked me and ordered me out."},
      // Punctuation where clauses were joined.
      {"It was broadcasted as a virus; because of that I moved.",
       "It was broadcasted as a virus. Because of that I moved."},
      {"I hesitated, But ate it.", "I hesitated, but ate it."},
      // Quotes are Len's own words: left as written.
      {"I said \"due to this, in order to win\" once.",
       "I said \"due to this, in order to win\" once."},
      // Nothing to change.
      {"Soon after, Rin called me and I went out.", "Rin called me and I went out."},
      {"Accepting it, I nonetheless decided to give her that happiness.",
       "Accepting it, I decided to give her that happiness."},
      {"As a carry-over from my dog programming, I was a delinquent.",
       "Because of my dog programming, I was a delinquent."},
      {"Miku used the USB to link me to Rin's interior for this purpose.",
       "Miku used the USB to link me to Rin's interior."},
      {"After our date, I appeared to stop seeing Abe-san.",
       "After our date, I stopped seeing Abe-san."},
      {"I appeared to malfunction and use a backup disk.",
       "I malfunctioned and used a backup disk."},
      {"Compounding this personality was my inability to stand up for myself.",
       "On top of that, there was my inability to stand up for myself."},
      {"The two walked home together, with me fawning over Miku.",
       "We walked home together, with me fawning over Miku."},
      {"The two walked home together.", "The two walked home together."},
      {"Their discussion turned to Irina, me figuring out the rest.",
       "Our discussion turned to Irina, me figuring out the rest."},
      {"Their discussion turned to Irina.", "Their discussion turned to Irina."},
      {"I faced off against the figure alone.", "I faced off against the guy alone."},
      {"This skill at fighting also extended to a high-kick.",
       "My skill at fighting also extended to a high-kick."},
      {"Rin said \"I appeared to stop\" once.", "Rin said \"I appeared to stop\" once."},
      {"I stole Camui's wallet.", "I stole Camui's wallet."},
      {"", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(spoken(c.input), c.expected) << c.input;
}

TEST(SpokenTextTest, RecognisesBackReferences) {
  for (const char* text : {"Despite this, I", "after this point I", "In response, Rin",
                           " During this, I", "Following this, I"}) {
    EXPECT_TRUE(opens_with_back_reference(text)) << text;
  }
  for (const char* text : {"I stole it", "Laterally speaking", "After Valentine's Day, I", ""}) {
    EXPECT_FALSE(opens_with_back_reference(text)) << text;
  }
}

// "Why" answers: the reason first, the rest after it.
TEST(SpokenTextTest, ReasonComesFirst) {
  const Case cases[] = {
      {"I also began smoking weed from Ronald to cope with my relationship failures.",
       "To cope with my relationship failures, I also began smoking weed from Ronald."},
      {"Elena recreated me in a spam file, to show the world the government's exploitation.",
       "To show the world the government's exploitation, Elena recreated me in a spam file."},
      {"My eyes went red because Camui startled me.",
       "Because Camui startled me, my eyes went red."},
      // No closing reason, several sentences, or a quote: unchanged.
      {"I stole Camui's wallet.", "I stole Camui's wallet."},
      {"I ran. Then I hid because I was scared.", "I ran. Then I hid because I was scared."},
      {"I said \"run\" because of you.", "I said \"run\" because of you."},
      {"", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(reason_first(c.input), c.expected) << c.input;
}

}  // namespace
}  // namespace lenbot
