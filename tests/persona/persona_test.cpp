#include "bot/persona/persona.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "bot/persona/smalltalk.h"
#include "tests/support/temp_dir.h"

namespace lenbot {
namespace {

const std::string kLenPath = std::string(LENBOT_SOURCE_DIR) + "/personas/len.json";
const std::string kTestPath = std::string(LENBOT_TEST_DATA_DIR) + "/personas/test_persona.json";

nlohmann::json minimal_persona() {
  return nlohmann::json::parse(R"({
    "name": "Kagamine Len",
    "webhook": {"username": "Len", "avatar_url": ""},
    "openers": ["Yo!"], "closers": [""],
    "declines": ["dunno... but ask me about {topic1} or {topic2}"],
    "shrugs": ["dunno"],
    "smalltalk": {"greeting": ["Yo!"], "how_are_you": ["Fine."], "who_are_you": ["{name}."],
                  "thanks": ["np"], "bye": ["cya"], "insult": ["hey!"]},
    "moods": [{"name": "subdued", "entities": ["Irina"], "openers": ["..."], "closers": [""]}],
    "quote_frames": ["\"{quote}\""],
    "error_line": "orz"
  })");
}

TEST(PersonaTest, LoadsLensFile) {
  const Persona len = load_persona(kLenPath);
  EXPECT_EQ(len.name, "Kagamine Len");
  EXPECT_FALSE(len.username.empty());
  EXPECT_FALSE(len.openers.empty());
  EXPECT_FALSE(len.error_line.empty());
  EXPECT_GT(len.sprinkle_one_in, 0);
  // Every category the classifier can return has lines of its own.
  for (const auto& category : smalltalk_categories()) {
    EXPECT_TRUE(len.smalltalk.count(category) == 1) << category;
  }
  // The moods the brief asks for, tied to the people who cause them.
  const struct {
    const char* entity;
    const char* mood;
  } moods[] = {
      {"Irina", "subdued"}, {"Hatsune Miku", "flustered"}, {"Camui", "defiant"}, {"Rin", "fond"}};
  for (const auto& m : moods) {
    const Mood* mood = find_mood(len, {m.entity});
    ASSERT_NE(mood, nullptr) << m.entity;
    EXPECT_EQ(mood->name, m.mood) << m.entity;
  }
}

// Collects every string in a JSON document except the mood entity names and topic words
// (what triggers a mood, never said).
void collect_lines(const nlohmann::json& node, const std::string& key,
                   std::vector<std::string>& lines) {
  if (node.is_string() && key != "entities" && key != "topics")
    lines.push_back(node.get<std::string>());
  if (node.is_array()) {
    for (const auto& item : node) collect_lines(item, key, lines);
  }
  if (node.is_object()) {
    for (const auto& [child_key, child] : node.items()) {
      if (!child_key.starts_with('_')) collect_lines(child, child_key, lines);
    }
  }
}

// Facts come from the article at run time; the persona file is voice only.
TEST(PersonaTest, LensLinesCarryNoStoryFacts) {
  std::ifstream in(kLenPath);
  std::vector<std::string> lines;
  collect_lines(nlohmann::json::parse(in), "", lines);
  const char* story_words[] = {"pike",   "wallet", "racetrack",  "weed",    "Ronald",  "Abe",
                               "scarf",  "disk",   "USB",        "Russia",  "dog",     "Tokyo",
                               "suplex", "natto",  "chocolate",  "Santa",   "Putin",   "Teppannov",
                               "Elena",  "Irina",  "data world", "suicide", "producer"};
  ASSERT_GT(lines.size(), 40U);
  for (const auto& line : lines) {
    for (const char* word : story_words) {
      EXPECT_EQ(line.find(word), std::string::npos) << word << " in: " << line;
    }
  }
}

TEST(PersonaTest, LoadsASecondPersonaWithoutCodeChanges) {
  const Persona bot = load_persona(kTestPath);
  EXPECT_EQ(bot.name, "Test Bot");
  EXPECT_EQ(bot.username, "tester");
  EXPECT_EQ(bot.avatar_url, "https://example.invalid/avatar.png");
  EXPECT_TRUE(bot.connectors.empty());
  EXPECT_EQ(bot.sprinkle_one_in, 0);
  ASSERT_EQ(bot.moods.size(), 1U);
  EXPECT_EQ(find_mood(bot, {"Ronald McDonald"}), &bot.moods[0]);
  EXPECT_EQ(find_mood(bot, {"Rin"}), nullptr);
}

TEST(PersonaTest, MoodsMatchWholeWordsOnly) {
  const Persona len = load_persona(kLenPath);
  EXPECT_EQ(find_mood(len, {}), nullptr);
  EXPECT_EQ(find_mood(len, {"Rinse"}), nullptr);
  EXPECT_EQ(find_mood(len, {"the pike"}), nullptr);
  ASSERT_NE(find_mood(len, {"irina"}), nullptr);
  EXPECT_EQ(find_mood(len, {"Rin", "Irina"})->name, "subdued");  // file order decides
}

TEST(PersonaTest, ErrorsNameTheBadKey) {
  struct Case {
    const char* json_pointer;  // where to change the minimal persona
    nlohmann::json value;      // null removes the key
    const char* key;
  };
  const Case cases[] = {
      {"/name", nullptr, "name"},
      {"/name", "", "name"},
      {"/openers", "Yo!", "openers"},
      {"/openers", nlohmann::json::array(), "openers"},
      {"/closers/0", 5, "closers[0]"},
      {"/declines/0", "dunno, ask me about {topic}", "declines[0]"},
      {"/declines/0", "dunno", "declines[0]"},
      {"/shrugs/0", "", "shrugs[0]"},
      {"/smalltalk/insult", nullptr, "smalltalk.insult"},
      {"/smalltalk/bye", nlohmann::json::array(), "smalltalk.bye"},
      {"/moods/0/entities", nullptr, "moods[0].entities"},
      {"/moods/0/openers", "Hm.", "moods[0].openers"},
      {"/moods/0", "subdued", "moods[0]"},
      {"/quote_frames/0", "I said it", "quote_frames[0]"},
      {"/webhook/username", nullptr, "webhook.username"},
      {"/webhook", nullptr, "webhook"},
      {"/error_line", nullptr, "error_line"},
      {"/sprinkle_one_in", -1, "sprinkle_one_in"},
      {"/closer", nlohmann::json::array({"orz"}), "closer"},
  };
  for (const auto& c : cases) {
    nlohmann::json document = minimal_persona();
    const nlohmann::json::json_pointer pointer(c.json_pointer);
    if (c.value.is_null()) {
      document[pointer.parent_pointer()].erase(pointer.back());
    } else {
      document[pointer] = c.value;
    }
    try {
      parse_persona(document);
      ADD_FAILURE() << "accepted " << c.json_pointer;
    } catch (const PersonaError& error) {
      EXPECT_EQ(error.key(), c.key) << c.json_pointer << ": " << error.what();
    }
  }
}

TEST(PersonaTest, AcceptsTheMinimalPersonaAndComments) {
  nlohmann::json document = minimal_persona();
  document["_comment"] = "ignored";
  const Persona persona = parse_persona(document);
  EXPECT_EQ(persona.closers, std::vector<std::string>{""});
  EXPECT_TRUE(persona.sprinkles.empty());
}

TEST(PersonaTest, FileProblemsAreTypedErrors) {
  try {
    load_persona("/nonexistent/persona.json");
    ADD_FAILURE() << "loaded a missing file";
  } catch (const PersonaError& error) {
    EXPECT_EQ(error.key(), "file");
  }
  const TempDir dir("persona");
  const std::string path = dir.file("broken_persona.json");
  std::ofstream(path) << "{ not json";
  EXPECT_THROW(load_persona(path), PersonaError);
  EXPECT_THROW(parse_persona(nlohmann::json::array()), PersonaError);
}

}  // namespace
}  // namespace lenbot
