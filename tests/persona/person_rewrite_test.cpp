#include "bot/persona/person_rewrite.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

namespace lenbot {
namespace {

struct Case {
  const char* input;
  const char* expected;
};

// Who is who: "the dog" is Len's past self, the pair Rin-and-Len is "we", other men keep
// their "he", and a friend's family name is left out.
TEST(PersonRewriteTest, KnowsWhoIsWho) {
  const Case cases[] = {
      {"she gave the dog to her comrade", "She gave me to her comrade"},
      {"her comrade shot the dog dead after he broke loose.",
       "Her comrade shot me dead after I broke loose."},
      {"The dog broke loose.", "I broke loose."},
      {"the dog's self was uploaded", "My self was uploaded"},
      {"Later, the dog data file was broadcasted as a virus;",
       "Later, my data file was broadcasted as a virus;"},
      {"he was the dog and Rin was Irina.", "I was the dog and Rin was Irina."},
      {"his memories as the dog returned.", "My memories as a dog returned."},
      {"a stray dog adopted by Irina", "A stray dog adopted by Irina"},
      {"Len and Kagamine Rin were released, both having their programming wiped.",
       "Rin and I were released, both of us having our programming wiped."},
      {"Len and Rin met Miku, and the two of them talked.", "Rin and I met Miku, and we talked."},
      {"Camui drew his pike and he charged at Len.", "Camui drew his pike and he charged at me."},
      {"Len saw Hatsune Miku on the radio.", "I saw Miku on the radio."},
      {"Rin's wish for her \"dog\" came true.", "Rin's wish for her \"dog\" came true."},
  };
  for (const auto& c : cases) EXPECT_EQ(to_first_person(c.input), c.expected) << c.input;
}

TEST(PersonRewriteTest, StripsCitationMarkersAndTidies) {
  const Case cases[] = {
      {"only for her comrade to shoot the dog dead after he broke loose.[3]",
       "only for her comrade to shoot the dog dead after he broke loose."},
      {"Rin,[6] he discovered", "Rin, he discovered"},
      {"the one Irina's comrade wore.[107] He then", "the one Irina's comrade wore. He then"},
      {"Len's wrestling style[src]", "Len's wrestling style"},
      {"a fact [12] , cited [3, 4].", "a fact, cited."},
      {"needs a source[citation needed].", "needs a source."},
      {"the child-soldier Irina  in Russia.", "the child-soldier Irina in Russia."},
      {"  [1] leading space", "leading space"},
      {"keeps [sic] and [Len] as written", "keeps [sic] and [Len] as written"},
      {"an unclosed [12 marker", "an unclosed [12 marker"},
      {"", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(strip_citations(c.input), c.expected) << c.input;
}

// Real article sentences, markers and all, and what Len says instead.
TEST(PersonRewriteTest, RewritesArticleSentencesIntoLensVoice) {
  const Case cases[] = {
      // Name as subject, present-tense agreement.
      {"Kagamine Len is a Vocaloid living in Japan in the present day era.",
       "I am a Vocaloid living in Japan in the present day era."},
      {"Len is the only main character in the series who has never held a gun.",
       "I am the only main character in the series who has never held a gun."},
      {"Len learns to kick", "I learn to kick"},
      {"Len was programmed to have a past life as a dog under the care of the child-soldier "
       "Irina  in Russia.",
       "I was programmed to have a past life as a dog under the care of the child-soldier Irina "
       "in Russia."},
      // Name as object, "Kagamine Len" as a label.
      {"After being shot, the dog's self was uploaded into Kagamine Len and, forgetting his "
       "memories, he lived a relatively normal life with his fellow Vocaloids Rin and Miku, "
       "crushing on Miku as an idol.",
       "After being shot, my self was uploaded into me and, forgetting my memories, I "
       "lived a relatively normal life with my fellow Vocaloids Rin and Miku, crushing on Miku as "
       "an idol."},
      {"he discovered the Kagamine Len program and, liking its identical appearance to Kagamine "
       "Rin, was uploaded inside.[7]",
       "I discovered my program and, liking its identical appearance to Rin, was uploaded "
       "inside."},
      {"Later on, as Valentine's Day arrived,[16] Rin approached Len with a small box in her "
       "hands containing a piece of chocolate she'd made for him.[17]",
       "Later on, as Valentine's Day arrived, Rin approached me with a small box in her hands "
       "containing a piece of chocolate she'd made for me."},
      {"In the season of cherry blossoms, Rin called Len and the two made a date to meet by the "
       "cherry trees;[23]",
       "In the season of cherry blossoms, Rin called me and the two made a date to meet by the "
       "cherry trees;"},
      {"During this, Ronald got close to Len and pretended to befriend him.[42]",
       "During this, Ronald got close to me and pretended to befriend me."},
      {"The two walked home together from Shibuya Station,[35] with Len slipping back into his "
       "fawning over Miku.[36]",
       "The two walked home together from Shibuya Station, with me slipping back into my fawning "
       "over Miku."},
      {"As Rin urged him to eat Len hesitated,[18] leading to him being threatened by a red Rin "
       "to eat.[19]",
       "As Rin urged me to eat I hesitated, leading to me being threatened by a red Rin to eat."},
      {"One day, Abe told him that they wouldn't be able to meet and Len, depressed,[53] went to "
       "bet on horses at the Suidoubashi racetrack.",
       "One day, Abe told me that they wouldn't be able to meet and I, depressed, went to bet on "
       "horses at the Suidoubashi racetrack."},
      // Coordinated subjects and possessors.
      {"Wishing to begin a new life as a Vocaloid, Len and Kagamine Rin were released to a "
       "producer and Len managed to separate from his virus,[8] both having their programming "
       "wiped.",
       "Wishing to begin a new life as a Vocaloid, Rin and I were released to a producer "
       "and I managed to separate from my virus, both of us having our programming wiped."},
      {"Miku and Len then chatted about the story he'd just witnessed;[91]",
       "Miku and I then chatted about the story I'd just witnessed;"},
      {"Len and Camui began to banter as they faced off yet again;[112] when Camui disparaged "
       "himself and Irina for their past lives,[113] Len vehemently dismissed his statements.[114]",
       "Camui and I began to banter as we faced off yet again; when Camui disparaged himself and "
       "Irina for their past lives, I vehemently dismissed his statements."},
      {"Len and Rin's producer.", "Rin's and my producer."},
      // Possessives.
      {"During this, Len's memories of his \"past life\" were removed and placed in a disk for "
       "safekeeping,[9] leaving Len only vaguely aware of the details of his past and mistakenly "
       "believing he was once Rin's \"comrade\" in Russia.[10]",
       "During this, my memories of my \"past life\" were removed and placed in a disk for "
       "safekeeping, leaving me only vaguely aware of the details of my past and mistakenly "
       "believing I was once Rin's \"comrade\" in Russia."},
      {"Rather than the front of his short sporting an F-clef, however, as in Crypton's official "
       "design, Len's shirt front has Rin's G-clef in black.[158]",
       "Rather than the front of my short sporting an F-clef, however, as in Crypton's official "
       "design, my shirt front has Rin's G-clef in black."},
      {"Len's fellow Vocaloid and friend.", "My fellow Vocaloid and friend."},
      {"Len's unrequited crush on Miku led to him experiencing much depression as he was unable "
       "to win her heart, trying to pretend he'd gotten over her by playing around with the likes "
       "of Rin and Abe-san.[174]",
       "My unrequited crush on Miku led to me experiencing much depression as I was unable to win "
       "her heart, trying to pretend I'd gotten over her by playing around with the likes of Rin "
       "and Abe-san."},
      {"Since inserting his disk, Len's memories continued to return, to a point where he "
       "understood he'd mistakenly grabbed the uploader's bag.",
       "Since inserting my disk, my memories continued to return, to a point where I understood "
       "I'd mistakenly grabbed the uploader's bag."},
      // Reflexives.
      {"After Valentine's Day, Len appeared to malfunction, requiring a backup disk to repair "
       "himself.[21]",
       "After Valentine's Day, I appeared to malfunction, requiring a backup disk to repair "
       "myself."},
      {"Compounding this personality was Len's inability to stand up for himself when bullied or "
       "attacked by Rin;[131]",
       "Compounding this personality was my inability to stand up for myself when bullied or "
       "attacked by Rin;"},
      {"Finding himself unable to obtain Miku, Len entered into a relationship with the yaoi manga "
       "character Abe-san.[14]",
       "Finding myself unable to obtain Miku, I entered into a relationship with the yaoi manga "
       "character Abe-san."},
      // Fragments that start mid-sentence or lowercase.
      {"He also took up a hobby of pickpocketing from people.[11]",
       "I also took up a hobby of pickpocketing from people."},
      {"He then told Rin to run, assuring her he'd be fine,[75] and he faced off against the "
       "figure alone.",
       "I then told Rin to run, assuring her I'd be fine, and I faced off against the figure "
       "alone."},
      {"he ran towards her before Camui suddenly appeared and fired at him, the bullet missing "
       "him.[111]",
       "I ran towards her before Camui suddenly appeared and fired at me, the bullet missing me."},
      {"Miku using the USB to link him, Camui, and herself to Rin's interior for this "
       "purpose.[100]",
       "Miku using the USB to link me, Camui, and herself to Rin's interior for this purpose."},
      {"and that he had a role in Irina's suicide.[39]",
       "And that I had a role in Irina's suicide."},
      // Other males: he/his/him that are not Len.
      {"Arriving at the scene, however, Len saw Camui Gackpo shooting at Rin and he raced to save "
       "her, kicking the gun out of his grasp.[74]",
       "Arriving at the scene, however, I saw Camui Gackpo shooting at Rin and I raced to save "
       "her, kicking the gun out of his grasp."},
      {"Camui also stood then, pulling out a sword,[78] and Len listened to him cryptically "
       "monologue about his past.[79]",
       "Camui also stood then, pulling out a sword, and I listened to him cryptically monologue "
       "about his past."},
      {"Seeing his chance after the speech, Len attacked Camui with a Misawa-style elbow "
       "thrust;[80] As he got close, however, he was startled by Camui's red eyes and threw his "
       "pike at him.[81]",
       "Seeing my chance after the speech, I attacked Camui with a Misawa-style elbow thrust; As "
       "I got close, however, I was startled by Camui's red eyes and threw my pike at him."},
      {"Camui, realizing Len was the dog, made another attack and Len dodged it,[82] striking him "
       "again with his elbow and knocking him unconscious.[83]",
       "Camui, realizing I was the dog, made another attack and I dodged it, striking him again "
       "with my elbow and knocking him unconscious."},
      {"Following this, Len stole Camui's wallet as a trophy of his success and fled, reflecting "
       "on all that was happening around him.[84]",
       "Following this, I stole Camui's wallet as a trophy of my success and fled, reflecting on "
       "all that was happening around me."},
      {"He ran at his opponent and attempted to wrestle him; as they fought, Len reflected on all "
       "the things that had once misguided him in the past.[116]",
       "I ran at my opponent and attempted to wrestle him; as they fought, I reflected on all the "
       "things that had once misguided me in the past."},
      {"Saying farewell to \"Irina\", Len threw Camui off with the Atomic Suplex Hold and smashed "
       "him against the ground, defeating his nemesis once and for all.[117]",
       "Saying farewell to \"Irina\", I threw Camui off with the Atomic Suplex Hold and smashed "
       "him against the ground, defeating my nemesis once and for all."},
      {"Not understanding everything that Camui was saying, he merely thought that his monologues "
       "about the past were creepy.[184]",
       "Not understanding everything that Camui was saying, I merely thought that his monologues "
       "about the past were creepy."},
      {"He also began purchasing and smoking weed from Ronald to cope with his relationship "
       "failures.[15]",
       "I also began purchasing and smoking weed from Ronald to cope with my relationship "
       "failures."},
      {"When depressed over his true nature after receiving his memories back, he would also use "
       "Abe-san to take his mind off everything,[190] only to get even more depressed later when "
       "the older man wasn't able to meet with him.[191]",
       "When depressed over my true nature after receiving my memories back, I would also use "
       "Abe-san to take my mind off everything, only to get even more depressed later when the "
       "older man wasn't able to meet with me."},
      {"Due to this, he paid little mind to the producer and eventually just wished to escape "
       "from him with Rin.[192]",
       "Due to this, I paid little mind to the producer and eventually just wished to escape from "
       "him with Rin."},
      {"Although confused by her wording, Len also discussed with Miku his own feelings as \"the "
       "dog\" despite looking like the boy who shot him,[93] learning that this was in part due to "
       "Rin's own wish for him over her real comrade.[94]",
       "Although confused by her wording, I also discussed with Miku my own feelings as \"the "
       "dog\" despite looking like the boy who shot me, learning that this was in part due to "
       "Rin's own wish for me over her real comrade."},
      {"There was originally a stray dog adopted by Irina, who grew to love his master over "
       "time.[1]",
       "There was originally a stray dog adopted by Irina, who grew to love his master over "
       "time."},
      // Women's actions don't move the male pronouns.
      {"As he continued to fret, Len was startled out of his dark mood by Rin, who came up close "
       "and tried to cheer him up.[61]",
       "As I continued to fret, I was startled out of my dark mood by Rin, who came up close and "
       "tried to cheer me up."},
      {"Despite this, he repeatedly looked away until Rin insulted him,[62] causing him to look "
       "back in anger instead.[63]",
       "Despite this, I repeatedly looked away until Rin insulted me, causing me to look back in "
       "anger instead."},
      {"After Len followed Rin back to her house, she took him in and gave him an \"initiation "
       "ceremony\",[27] before violently instructing him on how to brush his teeth, kick, and use "
       "a knife.[28]",
       "After I followed Rin back to her house, she took me in and gave me an \"initiation "
       "ceremony\", before violently instructing me on how to brush my teeth, kick, and use a "
       "knife."},
      {"As he ran towards her,[87] Miku shot a USB into his headphones from behind, affecting his "
       "programming and causing him to collapse.",
       "As I ran towards her, Miku shot a USB into my headphones from behind, affecting my "
       "programming and causing me to collapse."},
      {"In the next moment, he felt her arms around him in turn and trembled, hugging her "
       "closer.[126]",
       "In the next moment, I felt her arms around me in turn and trembled, hugging her closer."},
      {"Later, their discussion turned to the story of Irina's suicide, Miku explaining how it was "
       "being propagated all over and Len figuring out that her former owner, Teppannov, had tried "
       "to stop its propagation.[95]",
       "Later, their discussion turned to the story of Irina's suicide, Miku explaining how it was "
       "being propagated all over and me figuring out that her former owner, Teppannov, had tried "
       "to stop its propagation."},
      {"Then, at last, Len quickly said that he loved her for the first time.[127]",
       "Then, at last, I quickly said that I loved her for the first time."},
  };
  for (const auto& c : cases) EXPECT_EQ(to_first_person(c.input), c.expected) << c.input;
}

// The rules on shapes the article does not happen to use.
TEST(PersonRewriteTest, HandlesConstructedShapes) {
  const Case cases[] = {
      {"Abe-san was jealous of Len and Rin.", "Abe-san was jealous of Rin and me."},
      {"Ronald lied to Rin and Len.", "Ronald lied to Rin and me."},
      {"Len and Rin walked home.", "Rin and I walked home."},
      {"Len has a pike and he is fast.", "I have a pike and I am fast."},
      {"Len tries; he's been lucky, he's happy.", "I try; I've been lucky, I'm happy."},
      {"The bag was his.", "The bag was mine."},
      {"Len’s scarf", "My scarf"},
      {"\"Len is here,\" Rin said.", "\"Len is here,\" Rin said."},
      {"Len\xff\xfe stole 🍫 from Miku.", "Len\xff\xfe stole 🍫 from Miku."},
      {"", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(to_first_person(c.input), c.expected) << c.input;
}

// A referent from the index's coreference, placed by word: the `occurrence`-th `word`.
struct StoredReferent {
  const char* word;
  int occurrence;
  Referent::Who who;
  const char* name;
  bool possessive;
};

struct StoredCase {
  const char* input;
  std::vector<StoredReferent> referents;
  const char* expected;
};

std::vector<Referent> placed(const StoredCase& c) {
  const std::string text = c.input;
  std::vector<Referent> out;
  for (const auto& r : c.referents) {
    std::size_t at = text.find(r.word);
    for (int i = 1; i < r.occurrence && at != std::string::npos; ++i) {
      at = text.find(r.word, at + 1);
    }
    out.push_back({static_cast<int>(at), r.who, r.name, r.possessive});
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
  return out;
}

// The pronoun cases the stored coreference settles: who "she" and "her comrade" are when the
// text never named her, the dog's "his master", a man's "he" that is not Len, the pair's "the
// two" and "their" with no "Rin and I" before them.
TEST(PersonRewriteTest, StoredCoreferenceSaysWhoIsWho) {
  using Who = Referent::Who;
  const StoredCase cases[] = {
      {"she gave the dog to her comrade",
       {{"she", 1, Who::kOther, "Irina", false}, {"her", 1, Who::kOther, "", true}},
       "Irina gave me to her comrade"},
      {"only for her comrade to shoot the dog dead after he broke loose.",
       {{"her", 1, Who::kOther, "Irina", true}, {"he ", 1, Who::kLen, "", false}},
       "Only for Irina's comrade to shoot me dead after I broke loose."},
      {"There was originally a stray dog adopted by Irina, who grew to love his master over time.",
       {{"dog", 1, Who::kLen, "", false}, {"his", 1, Who::kLen, "", true}},
       "I was originally a stray dog adopted by Irina, who grew to love my master over time."},
      {"There was a stray dog.", {}, "There was a stray dog."},
      {"He also came to understand that he was being led around.",
       {{"He", 1, Who::kOther, "", false}, {"he ", 2, Who::kOther, "", false}},
       "He also came to understand that he was being led around."},
      {"He also came to understand it.",
       {{"He", 1, Who::kOther, "Ronald", false}},
       "Ronald also came to understand it."},
      {"Len listened to him and his story.",
       {{"him", 1, Who::kOther, "", false}, {"his", 1, Who::kOther, "", true}},
       "I listened to him and his story."},
      {"He then helped her bury Ronald.",
       {{"He", 1, Who::kLen, "", false}, {"her", 1, Who::kOther, "Rin", false}},
       "I then helped Rin bury Ronald."},
      {"the two were released after their date.",
       {{"the two", 1, Who::kLenAndOther, "", false}, {"their", 1, Who::kLenAndOther, "", true}},
       "We were released after our date."},
      {"As the two of them ran, they laughed.",
       {{"the two", 1, Who::kLenAndOther, "", false}, {"they", 1, Who::kLenAndOther, "", false}},
       "As we ran, we laughed."},
      // Citation markers shift the offsets: the heuristic alone rewrites such text.
      {"she left.[2]", {{"she", 1, Who::kOther, "Irina", false}}, "She left."},
      // A referent that points at no word's start changes nothing.
      {"she left.", {{"he", 1, Who::kOther, "Irina", false}}, "She left."},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(to_first_person(c.input, placed(c)), c.expected) << c.input;
  }
}

TEST(PersonRewriteTest, NeverThrowsOnOddBytes) {
  std::string noise;
  for (int i = 0; i < 4096; ++i) noise += static_cast<char>((i * 37 + 11) % 256);
  EXPECT_NO_THROW(to_first_person(noise));
  EXPECT_NO_THROW(to_first_person(std::string(5000, '[')));
  EXPECT_NO_THROW(to_first_person("he'"));
  EXPECT_NO_THROW(to_first_person("\"\"\" Len \""));
}

TEST(PersonRewriteTest, IsFastEnoughToRunPerAnswer) {
  const std::string sentence =
      "Camui, realizing Len was the dog, made another attack and Len dodged it,[82] striking him "
      "again with his elbow and knocking him unconscious.[83]";
  constexpr int kRuns = 2000;
  const auto start = std::chrono::steady_clock::now();
  std::size_t total = 0;
  for (int i = 0; i < kRuns; ++i) total += to_first_person(sentence).size();
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_GT(total, 0U);
  // Generous bound (sanitizer builds, a busy machine): well under a millisecond each.
  EXPECT_LT(std::chrono::duration_cast<std::chrono::microseconds>(elapsed).count() / kRuns, 500);
}

}  // namespace
}  // namespace lenbot
