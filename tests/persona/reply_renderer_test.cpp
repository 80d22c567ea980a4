#include "bot/persona/reply_renderer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

#include "bot/persona/reply_shaping.h"
#include "bot/persona/smalltalk.h"

namespace lenbot {
namespace {

const Persona& len() {
  static const Persona persona =
      load_persona(std::string(LENBOT_SOURCE_DIR) + "/personas/len.json");
  return persona;
}

bool starts_with_any(const std::string& text, const std::vector<std::string>& prefixes) {
  for (const auto& prefix : prefixes) {
    if (!prefix.empty() && text.starts_with(prefix)) return true;
  }
  return false;
}

const std::vector<std::string> kFacts = {"I stole Camui's wallet as a trophy of my success."};

TEST(ReplySeedTest, IsStableAndSpreadsAcrossTurns) {
  EXPECT_EQ(reply_seed("discord:42", 3), reply_seed("discord:42", 3));
  EXPECT_NE(reply_seed("discord:42", 3), reply_seed("discord:42", 4));
  EXPECT_NE(reply_seed("discord:42", 3), reply_seed("discord:43", 3));
  EXPECT_NE(reply_seed("", 0), reply_seed("", 1));
  // FNV-1a: the value is part of the contract (stored conversations replay the same way).
  EXPECT_EQ(reply_seed("", 0), 0xDC62ECE3BE52214EULL);
  EXPECT_EQ(reply_seed("discord:42", 3), 0xE6E748E6BA601D71ULL);
}

TEST(ReplyRendererTest, FactRepliesAreDeterministicPerSeed) {
  for (std::uint64_t seed = 0; seed < 50; ++seed) {
    EXPECT_EQ(render_fact(len(), kFacts, {}, seed), render_fact(len(), kFacts, {}, seed)) << seed;
  }
}

TEST(ReplyRendererTest, FactRepliesVaryAcrossSeeds) {
  std::set<std::string> replies;
  for (int turn = 0; turn < 40; ++turn) {
    replies.insert(render_fact(len(), kFacts, {}, reply_seed("conversation", turn)));
  }
  EXPECT_GE(replies.size(), 8U);
  for (const auto& reply : replies) {
    EXPECT_NE(reply.find("tole Camui's wallet as a trophy of my success."), std::string::npos)
        << reply;
  }
}

TEST(ReplyRendererTest, FirstWordAfterAnOpenerReadsRight) {
  struct Case {
    const char* opener;
    const char* fact;
    const char* expected;
  };
  const Case cases[] = {
      {"Yo!", "I stole the uploader's bag.", "Yo! I stole the uploader's bag."},
      {"Yo,", "I stole the uploader's bag.", "Yo, I stole the uploader's bag."},
      {"Heh,", "After that, I ran.", "Heh, after that, I ran."},
      {"Heh,", "My memories came back.", "Heh, my memories came back."},
      {"Yo,", "Rin called me and I went out.", "Yo, Rin called me and I went out."},
      {"Yo,", "I'd just witnessed it.", "Yo, I'd just witnessed it."},
      {"Yo,", "USB drives can change my programming.", "Yo, USB drives can change my programming."},
      {"Yo,", "Tokyo Dome was where I went with Rin to Tokyo.",
       "Yo, Tokyo Dome was where I went with Rin to Tokyo."},
      {"", "I ran.", "I ran."},
  };
  for (const auto& c : cases) {
    Persona persona = len();
    persona.openers = {c.opener};
    persona.closers = {""};
    persona.sprinkle_one_in = 0;
    EXPECT_EQ(render_fact(persona, {c.fact}, {}, 7), c.expected) << c.opener << " " << c.fact;
  }
}

// A closer the opener already said would stutter ("Heh, I ran. heh"), in any case.
TEST(ReplyRendererTest, NoCloserRepeatsTheOpener) {
  Persona persona = len();
  persona.closers = {"heh"};
  persona.sprinkle_one_in = 0;
  persona.openers = {"Heh,"};
  EXPECT_EQ(render_fact(persona, {"I ran."}, {}, 3), "Heh, I ran.");
  persona.openers = {"Yo,"};
  EXPECT_EQ(render_fact(persona, {"I ran."}, {}, 3), "Yo, I ran. heh");
}

TEST(ReplyRendererTest, JoinsSeveralFactsIntoSentences) {
  Persona persona = len();
  persona.openers = {""};
  persona.closers = {""};
  persona.connectors = {};
  persona.sprinkle_one_in = 0;
  EXPECT_EQ(render_fact(persona, {"I ran at my opponent,", "  I won  ", "", "Heh!"}, {}, 1),
            "I ran at my opponent. I won. Heh!");
  persona.connectors = {"Also,"};
  std::set<std::string> joined;
  for (std::uint64_t seed = 0; seed < 20; ++seed) {
    joined.insert(render_fact(persona, {"I ran.", "My pike flew."}, {}, seed));
  }
  EXPECT_EQ(joined, (std::set<std::string>{"I ran. My pike flew.", "I ran. Also, my pike flew."}));
}

TEST(ReplyRendererTest, MoodsSupplyOpenersAndClosers) {
  struct Case {
    const char* entity;
    const char* mood;
  };
  const Case cases[] = {{"Irina", "subdued"},
                        {"Hatsune Miku", "flustered"},
                        {"Camui Gackpo", "defiant"},
                        {"Rin", "fond"}};
  for (const auto& c : cases) {
    const Mood* mood = find_mood(len(), {c.entity});
    ASSERT_NE(mood, nullptr) << c.entity;
    ASSERT_EQ(mood->name, c.mood);
    // The answer is about the entity (it names them first), so the mood holds.
    const std::string fact = std::string(c.entity) + " watched me steal the pike.";
    for (std::uint64_t seed = 0; seed < 30; ++seed) {
      const std::string reply = render_fact(len(), {fact}, {"the pike", c.entity}, seed);
      // The fan named the entity, so openers naming it fit too; "" lets the answer open.
      std::vector<std::string> openers = mood->openers;
      openers.insert(openers.end(), mood->named_openers.begin(), mood->named_openers.end());
      EXPECT_TRUE(starts_with_any(reply, openers) || reply.starts_with(fact))
          << c.entity << ": " << reply;
      EXPECT_FALSE(starts_with_any(reply, {"Yo!", "Okay okay,", "Uh, so,"})) << reply;
    }
  }
}

// The mood follows what the answer says, not only whom the fan named: a name the answer
// mentions in passing, or not at all, gets no opener naming it ("Oh, Rin?") and no mood of its
// own; sad content is subdued whoever was asked about.
TEST(ReplyRendererTest, MoodFollowsTheAnswersContent) {
  const struct {
    const char* asked;
    const char* fact;
    std::vector<std::string> never;  // openers or closers that do not fit
  } cases[] = {
      {"Rin",
       "I paid little mind to the producer and wished to escape from him with Rin.",
       {"Oh, Rin?", "Heh, Rin..."}},
      {"Camui",
       "I began working to protect the people I cared for.",
       {"Heh, that guy? Bring it.", "Tch, that guy.", "Bring it.", "Tch.", "Ugh,"}},
      {"Rin",
       "Initially I balked, not wanting to see Rin perish or to perish myself.",
       {"Oh, Rin?", "Heh, Rin...", "heh", "Yo,"}},
      {"Miku",
       "Miku cried over Ronald's death all night.",
       {"Wh-whoa, Miku? Uh,", "orz", "D-don't read into it!", "heh"}},
      {"Rin",
       "Ronald tricked me into wanting to give Rin back her memories.",
       {"Oh, Rin?", "Heh, Rin..."}},
  };
  for (const auto& c : cases) {
    for (std::uint64_t seed = 0; seed < 40; ++seed) {
      const FactReply reply{{c.fact}, {c.asked}, {}, "default"};
      const std::string said = render_fact(len(), reply, seed, seed);
      for (const auto& line : c.never) {
        const bool opens = said.starts_with(line + " ");
        const bool closes = said.ends_with(" " + line);
        EXPECT_FALSE(opens || closes) << c.asked << ": " << said;
      }
    }
  }
  // Named first in the answer, the fan's person may be named back.
  std::set<std::string> openers;
  for (std::uint64_t seed = 0; seed < 40; ++seed) {
    const FactReply reply{{"Rin called me and we made a date."}, {"Rin"}, {}, "default"};
    const std::string said = render_fact(len(), reply, seed, seed);
    openers.insert(said.substr(0, said.find(' ')));
  }
  EXPECT_TRUE(openers.contains("Oh,") || openers.contains("Heh,"));
}

// "No idea" varies with the rotation (the question's text, or the turn) and never repeats
// back to back; it stays short.
TEST(ReplyRendererTest, DeclinesVaryAndStayShort) {
  std::set<std::string> lines;
  std::string previous;
  for (std::uint64_t rotation = 0; rotation < 16; ++rotation) {
    const std::string line = render_decline(len(), {"the pike", "the racetrack"}, 7, rotation);
    EXPECT_NE(line, previous);
    EXPECT_LE(std::count(line.begin(), line.end(), ' '), 16) << line;
    lines.insert(line);
    previous = line;
  }
  EXPECT_GE(lines.size(), 5U);
}

TEST(ReplyRendererTest, QuotesEndLikeSpeech) {
  const struct {
    const char* quote;
    const char* ends;
  } cases[] = {
      {"I want to become strong", "strong.\""},
      {"Farewell, Irina!", "Irina!\""},
      {"Is that so?", "so?\""},
      {"It's been a while. ", "while.\""},
  };
  for (const auto& c : cases) {
    for (std::uint64_t seed = 0; seed < 6; ++seed) {
      EXPECT_TRUE(render_quote(len(), c.quote, seed).ends_with(c.ends))
          << render_quote(len(), c.quote, seed);
    }
  }
}

TEST(ReplyRendererTest, NoMoodMeansThePersonasOwnOpeners) {
  for (std::uint64_t seed = 0; seed < 30; ++seed) {
    const std::string reply = render_fact(len(), {"Ronald sold me weed."}, {"Ronald"}, seed);
    const bool opened = starts_with_any(reply, len().openers) || reply.starts_with("Ronald");
    EXPECT_TRUE(opened) << reply;
  }
}

TEST(ReplyRendererTest, EveryReplyStaysUnderTheChatLimit) {
  std::string huge;
  while (huge.size() < 5000) huge += "I ran through the snowy Tokyo streets with a pike, yo. ";
  std::string one_word(5000, 'a');
  std::string multibyte;
  while (multibyte.size() < 5000) multibyte += "鏡音レン ";
  for (std::uint64_t seed = 0; seed < 20; ++seed) {
    for (const auto& fact : {huge, one_word, multibyte}) {
      const std::string reply = render_fact(len(), {fact, fact}, {"Miku"}, seed);
      EXPECT_LT(reply.size(), 2000U);
      EXPECT_GT(reply.size(), 1000U);
      // Never cut inside a UTF-8 character: the last byte is not a lead byte.
      EXPECT_NE(static_cast<unsigned char>(reply.back()) & 0xC0U, 0xC0U);
    }
    EXPECT_LT(render_quote(len(), huge, seed).size(), 2000U);
    EXPECT_LT(render_decline(len(), {huge, huge + "!"}, seed).size(), 2000U);
  }
}

TEST(ReplyRendererTest, DeclinesFillTheirPlaceholders) {
  for (std::uint64_t seed = 0; seed < 30; ++seed) {
    const std::string two = render_decline(len(), {"the pike", "the racetrack"}, seed);
    EXPECT_EQ(two.find('{'), std::string::npos) << two;
    // A topic opening a sentence is capitalised ("...man. The pike, though?").
    const auto has_pike = [](const std::string& s) {
      return s.find("the pike") != std::string::npos || s.find(". The pike") != std::string::npos;
    };
    EXPECT_TRUE(has_pike(two)) << two;
    EXPECT_EQ(two.find(". the "), std::string::npos) << two;
    const std::string one = render_decline(len(), {"the pike"}, seed);
    EXPECT_EQ(one.find('{'), std::string::npos) << one;
    EXPECT_TRUE(has_pike(one)) << one;
    const std::string none = render_decline(len(), {}, seed);
    EXPECT_NE(std::find(len().shrugs.begin(), len().shrugs.end(), none), len().shrugs.end())
        << none;
  }
  Persona persona = len();
  persona.declines = {"dunno... but ask me about {topic1} or {topic2}"};
  EXPECT_EQ(render_decline(persona, {"the pike", "the racetrack"}, 3),
            "dunno... but ask me about the pike or the racetrack");
  // A topic that looks like a placeholder is inserted, not expanded.
  EXPECT_EQ(render_decline(persona, {"{topic2}", "x"}, 3),
            "dunno... but ask me about {topic2} or x");
}

TEST(ReplyRendererTest, SmallTalkHasALineForEveryCategory) {
  for (const auto& category : smalltalk_categories()) {
    const auto& lines = len().smalltalk.at(category);
    for (std::uint64_t seed = 0; seed < 10; ++seed) {
      const std::string reply = render_smalltalk(len(), category, seed);
      EXPECT_EQ(reply.find('{'), std::string::npos) << category << ": " << reply;
      EXPECT_EQ(reply, render_smalltalk(len(), category, seed));
      if (reply.find("Kagamine Len") == std::string::npos) {
        EXPECT_NE(std::find(lines.begin(), lines.end(), reply), lines.end()) << reply;
      }
    }
  }
  EXPECT_NE(render_smalltalk(len(), "who_are_you", 1).find("Kagamine Len"), std::string::npos);
  const std::string unknown = render_smalltalk(len(), "weather", 1);
  EXPECT_NE(std::find(len().shrugs.begin(), len().shrugs.end(), unknown), len().shrugs.end());
}

TEST(ReplyRendererTest, QuotesAppearVerbatim) {
  const std::string quote = "Yo! Everyone, it's been a while! Pickpocketing's still my hobby.";
  std::set<std::string> framed;
  for (std::uint64_t seed = 0; seed < 20; ++seed) {
    const std::string reply = render_quote(len(), quote, seed);
    EXPECT_NE(reply.find(quote), std::string::npos) << reply;
    EXPECT_EQ(reply, render_quote(len(), quote, seed));
    framed.insert(reply);
  }
  EXPECT_GE(framed.size(), 2U);
  EXPECT_NE(render_quote(len(), "{name} {topic1}", 0).find("{name} {topic1}"), std::string::npos);
}

TEST(ReplyRendererTest, ASecondPersonaSpeaksItsOwnLines) {
  const Persona bot =
      load_persona(std::string(LENBOT_TEST_DATA_DIR) + "/personas/test_persona.json");
  EXPECT_EQ(render_fact(bot, {"I ran."}, {}, 5), "Well, I ran. Over.");
  EXPECT_EQ(render_fact(bot, {"Ronald sold me weed."}, {"Ronald"}, 5),
            "Careful: Ronald sold me weed. Stay alert.");
  EXPECT_EQ(render_smalltalk(bot, "greeting", 9), "Hello from Test Bot.");
  EXPECT_EQ(render_quote(bot, "I want to become strong", 2), "Quote: \"I want to become strong.\"");
  EXPECT_EQ(render_decline(bot, {}, 2), "No idea at all.");
}

}  // namespace
}  // namespace lenbot
