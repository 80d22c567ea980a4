// The voice rules on every factual reply Len gives to the questions shipped in tests/data:
// no sentence said twice, no back-reference the fan never saw opening the answer, no "Len" or
// "the dog" for himself outside quotes, no opener naming someone the fan did not name, no
// wiki words ("the series"), and replies the length of a chat message.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "bot/chat/bot.h"
#include "tests/support/test_bot.h"

namespace lenbot {
namespace {

std::string lowered(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::vector<std::string> sentences_of(const std::string& reply) {
  static const std::regex kBreak(R"((?:[.!?])\s+(?=[A-Z"]))");
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::sregex_iterator it(reply.begin(), reply.end(), kBreak), end; it != end; ++it) {
    const std::size_t stop = static_cast<std::size_t>(it->position() + 1);
    out.push_back(reply.substr(start, stop - start));
    start = static_cast<std::size_t>(it->position() + it->length());
  }
  if (start < reply.size()) out.push_back(reply.substr(start));
  return out;
}

std::size_t words_in(const std::string& text) {
  std::size_t count = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
    count += !space && !in_word ? 1 : 0;
    in_word = !space;
  }
  return count;
}

std::string without_quotes(const std::string& text) {
  static const std::regex kQuoted(R"("[^"]*")");
  return std::regex_replace(text, kQuoted, "\"\"");
}

// What is wrong with `reply` to `question`, one word per defect; empty when nothing is.
std::vector<std::string> defects(const std::string& question, const std::string& reply) {
  std::vector<std::string> found;
  const auto sentences = sentences_of(reply);
  std::set<std::string> seen;
  for (const auto& s : sentences) {
    const std::string key = std::regex_replace(lowered(s), std::regex(R"(\W+)"), " ");
    if (key.size() > 20 && !seen.insert(key).second) found.push_back("repeated sentence");
  }
  // The first sentence that carries the fact, past interjections ("Hm.", "Tch.").
  static const std::regex kInterjection(R"(^(yo|heh|hm+|uh|um|okay|oh|so|well|tch|ugh)[,.!]*\s+)",
                                        std::regex::icase);
  static const std::regex kBackReference(
      R"(^(after|following|during|despite|because of|due to|in response to|as a result of) )"
      R"((this|that|these|those|which)\b|^(in response|however|as a result|afterwards|)"
      R"(after this point|meanwhile|on one occasion)\b)",
      std::regex::icase);
  for (const auto& s : sentences) {
    if (words_in(s) <= 5) continue;
    const std::string first = std::regex_replace(s, kInterjection, "");
    if (std::regex_search(first, kBackReference)) found.push_back("back-reference opens");
    break;
  }
  const std::string bare = without_quotes(reply);
  if (std::regex_search(bare, std::regex(R"(\bLen\b)"))) found.push_back("Len for himself");
  static const std::regex kTheDog(R"(\bthe dog\b)", std::regex::icase);
  static const std::regex kWasTheDog(R"(\bI (was|had been|'d been) the dog\b)");
  if (std::regex_search(bare, kTheDog) && !std::regex_search(bare, kWasTheDog)) {
    found.push_back("the dog for himself");
  }
  if (bare.find("Kagamine Rin") != std::string::npos) found.push_back("full name Rin");
  if (std::regex_search(bare, std::regex(R"(\bthe (series|article)\b)"))) {
    found.push_back("breaks character");
  }
  if (std::regex_search(reply, std::regex(R"([,;] (But|And|So|Or)\b)"))) {
    found.push_back("capital after comma");
  }
  static const std::regex kNamingOpener(R"(^(?:Oh, |Uh, |Heh, |Yo, )?(?:[A-Z]-)?([A-Z][a-z]+)\?)");
  std::smatch opener;
  if (std::regex_search(reply, opener, kNamingOpener) &&
      lowered(question).find(lowered(opener[1].str()).substr(0, 3)) == std::string::npos) {
    found.push_back("opener names " + opener[1].str());
  }
  // "Yeah." answers a yes/no question, not "who shot you?".
  static const std::regex kWhQuestion(
      R"(^(?:(?:yo|ok|so|len|and|but)[,]?\s+)*(?:who|what|whats|wat|where|when|why|y|how|which)\b)",
      std::regex::icase);
  static const std::regex kVerdict(R"(^(?:\.\.\.)?(?:Yeah|Yep|Nah|Nope)\b)");
  if (std::regex_search(question, kWhQuestion) && std::regex_search(reply, kVerdict)) {
    found.push_back("verdict on a wh-question");
  }
  static const std::regex kSad(
      R"(\b(dead|died|death|suicide|killed|shot|perish\w*|cried|crying|depressed)\b)");
  if (std::regex_search(bare, kSad) &&
      (reply.ends_with("heh") || reply.ends_with("Whatever, yo.") ||
       reply.ends_with("Bring it."))) {
    found.push_back("jokey closer after sad content");
  }
  // An opener naming the fan's person ("Oh, Rin?", "Heh, that guy? Bring it.") only before an
  // answer about them: they are named in its first words.
  static const std::regex kNamedOpener(
      R"(^(Oh, Rin\?|Heh, Rin\.\.\.|Wh-whoa, Miku\? Uh,|M-Miku\? Okay, um,|Tch, that guy\.|)"
      R"(Heh, that guy\? Bring it\.) (\S+( \S+){0,7}))");
  std::smatch named;
  if (std::regex_search(reply, named, kNamedOpener)) {
    const std::string who = named[1].str().find("guy") != std::string::npos    ? "Camui"
                            : named[1].str().find("Miku") != std::string::npos ? "Miku"
                                                                               : "Rin";
    if (named[2].str().find(who) == std::string::npos) found.push_back("opener off the answer");
  }
  // "Yeah." before a fact that says it did not happen ("pretended to befriend me").
  static const std::regex kYes(R"(^(?:\.\.\.)?(?:Yeah|Yep)\b)");
  static const std::regex kNegative(
      R"(\b(not|never|pretended|deny|denied|refused|unable|without)\b|n't\b)");
  static const std::regex kAskedNegative(R"(\b(not|never|dont|didnt|wasnt)\b|n't\b)",
                                         std::regex::icase);
  if (std::regex_search(reply, kYes) && std::regex_search(bare, kNegative) &&
      !std::regex_search(question, kAskedNegative)) {
    found.push_back("verdict against the fact");
  }
  static const std::regex kLeftover(
      R"(\b(the latter|the former|Soon after|nonetheless|As a carry-over|Compounding this|)"
      R"(I appeared to|I seemed to|for this purpose)\b)");
  if (std::regex_search(bare, kLeftover)) found.push_back("wiki leftover");
  if (reply.ends_with("\"") && reply.size() > 2 &&
      std::string_view(".!?").find(reply[reply.size() - 2]) == std::string_view::npos) {
    found.push_back("quote without final punctuation");
  }
  if (reply.find(" (Part ") != std::string::npos) found.push_back("raw infobox list");
  if (sentences.size() > 4) found.push_back("over 4 sentences");
  if (words_in(reply) > 60) found.push_back("over 60 words");
  return found;
}

class BotVoiceTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = test_directory("voice");
    bot_ = new Bot(test_bot_options(dir_, true));
  }
  static void TearDownTestSuite() {
    delete bot_;
    std::filesystem::remove_all(dir_);
  }
  static inline std::filesystem::path dir_;
  static inline Bot* bot_ = nullptr;
};

TEST_F(BotVoiceTest, EveryFactualReplyKeepsTheVoiceRules) {
  std::vector<std::size_t> lengths;
  for (const auto& entry : std::filesystem::directory_iterator(LENBOT_TEST_DATA_DIR)) {
    if (entry.path().extension() != ".jsonl") continue;
    std::ifstream in(entry.path());
    std::string line;
    while (std::getline(in, line)) {
      const auto item = nlohmann::json::parse(line, nullptr, false);
      if (item.is_discarded() || !item.contains("q")) continue;
      const std::string question = item["q"].get<std::string>();
      const ChatReply reply = bot_->ask({"", "voice", question, std::nullopt});
      if (reply.intent != "fact" || reply.sources.empty()) continue;
      lengths.push_back(words_in(reply.reply));
      for (const auto& defect : defects(question, reply.reply)) {
        ADD_FAILURE() << defect << "\n  Q: " << question << "\n  A: " << reply.reply;
      }
    }
  }
  ASSERT_GT(lengths.size(), 100U) << "the in-repo questions should mostly be answered";
  std::sort(lengths.begin(), lengths.end());
  const std::size_t median = lengths[lengths.size() / 2];
  const std::size_t p90 = lengths[(lengths.size() - 1) * 9 / 10];
  std::cout << "[ voice    ] " << lengths.size() << " factual replies, median " << median
            << " words, p90 " << p90 << "\n";
  EXPECT_LE(median, 30U);
  EXPECT_LE(p90, 55U);
}

// The interjection a reply opens with ("Tch.", "Yo,", "Uh, so,"), or "" when it opens with
// the answer itself.
std::string opener_of(const std::string& reply) {
  const auto sentences = sentences_of(reply);
  if (sentences.empty()) return "";
  if (words_in(sentences.front()) <= 3 && sentences.size() > 1) return sentences.front();
  const std::string first = reply.substr(0, reply.find(' '));
  return first.ends_with(',') ? first : "";
}

// Two turns in a row of one conversation never open with the same interjection.
TEST_F(BotVoiceTest, OpenersDoNotRepeatBackToBack) {
  const char* questions[] = {"what did you steal from camui",   "who adopted you",
                             "why did you smoke weed",          "where do you live",
                             "what happened on valentines day", "who is abe-san"};
  int openers = 0;
  for (int conversation = 0; conversation < 8; ++conversation) {
    std::string previous;
    const std::string id = "voice-" + std::to_string(conversation);
    for (const char* q : questions) {
      const ChatReply reply = bot_->ask({id, "voice", q, std::nullopt});
      const std::string opener = opener_of(reply.reply);
      openers += opener.empty() ? 0 : 1;
      if (!opener.empty()) {
        EXPECT_NE(opener, previous) << q << ": " << reply.reply;
      }
      previous = opener;
    }
  }
  EXPECT_GT(openers, 0) << "Len opens with an interjection now and then";
}

// who -> the person first, where -> the place first; a verdict only where the answer settles
// the yes/no question ("acting like Miku" does not say Len likes her).
TEST_F(BotVoiceTest, AnswersWhoAndWhereFirst) {
  const struct {
    const char* question;
    const char* opens;
  } cases[] = {
      {"who shot you?", "Irina's comrade"},
      {"who adopted you", "Irina did."},
      {"who was your master", "Irina"},
      {"where did you live", "In Japan."},
      {"where did u hug rin at the very end", "Near Tokyo Dome."},
  };
  static const std::regex kInterjection(R"(^(?:(?:Yo|Heh|Hm|Uh|Um|Okay|Tch|Ugh|so)[,.]*\s+)*)");
  for (const auto& c : cases) {
    const ChatReply reply = bot_->ask({"", "voice", c.question, std::nullopt});
    std::string answer = std::regex_replace(reply.reply, kInterjection, "");
    // After "Yo," the head goes on in lower case ("Yo, near Tokyo Dome.").
    if (!answer.empty()) {
      answer[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(answer[0])));
    }
    EXPECT_TRUE(answer.starts_with(c.opens)) << c.question << "\n  A: " << reply.reply;
    ASSERT_FALSE(reply.sources.empty()) << c.question;
  }
  const ChatReply like = bot_->ask({"", "voice", "do you like miku?", std::nullopt});
  EXPECT_FALSE(std::regex_search(like.reply, std::regex(R"(^(?:\.\.\.)?(?:Yeah|Yep))")))
      << like.reply;
}

// A verdict follows what the fact says: "pretended to befriend me" and "deny when I was
// unhappy" are a no. The place a "where" head says is not said again.
TEST_F(BotVoiceTest, VerdictsFollowTheFactAndPlacesAreSaidOnce) {
  const struct {
    const char* question;
    const char* opens;
  } cases[] = {
      {"was the clown ever actually ur friend or nah", "Nah."},
      {"len do u ever admit when ur sad", "Nah."},
  };
  for (const auto& c : cases) {
    const ChatReply reply = bot_->ask({"", "voice", c.question, std::nullopt});
    EXPECT_TRUE(reply.reply.starts_with(c.opens)) << c.question << "\n  A: " << reply.reply;
  }
  for (const char* q :
       {"where did u hug rin at the very end", "where did u and rin walk home from"}) {
    const std::string reply = bot_->ask({"", "voice", q, std::nullopt}).reply;
    const auto sentences = sentences_of(reply);
    ASSERT_GT(sentences.size(), 1U) << reply;
    // The head ("Near Tokyo Dome.") names the place; the sentence after it does not repeat it.
    const std::string head = sentences[0].substr(sentences[0].find(' ') + 1);
    const std::string place = head.substr(0, head.size() - 1);
    EXPECT_EQ(sentences[1].find(place), std::string::npos) << reply;
  }
}

TEST(VoiceDefects, TheCheckerCatchesEachDefect) {
  const struct {
    const char* question;
    const char* reply;
    const char* defect;
  } cases[] = {
      {"who shot you", "Her comrade shot me dead. Her comrade shot me dead.", "repeated sentence"},
      {"why", "Hm. Despite this, I kept stealing stuff from people.", "back-reference opens"},
      {"who", "Len stole the wallet.", "Len for himself"},
      {"who", "Her comrade shot the dog dead.", "the dog for himself"},
      {"how did you die", "Oh, Rin? I got shot.", "opener names Rin"},
      {"who", "I met Kagamine Rin.", "full name Rin"},
      {"who", "I'm the only main character in the series.", "breaks character"},
      {"who is irina", "...Yeah. Camui disparaged Irina.", "verdict on a wh-question"},
      {"yo len who shot u", "Yeah. Her comrade shot me.", "verdict on a wh-question"},
      {"how did you die", "I got shot dead. heh", "jokey closer after sad content"},
      {"why", "I didn't want to see Rin perish. Whatever, yo.", "jokey closer after sad content"},
      {"yo len opinion on ur producer? the guy who uploaded u and rin",
       "Oh, Rin? I paid little mind to the producer and wished to escape with Rin.",
       "opener off the answer"},
      {"why fight gackpo", "Heh, that guy? Bring it. I began working to protect people.",
       "opener off the answer"},
      {"was the clown ever ur friend", "Yeah. Ronald got close to me and pretended to be nice.",
       "verdict against the fact"},
      {"camui weapons", "I beat Camui, despite the latter being better armed.", "wiki leftover"},
      {"soon", "Soon after, Rin called me.", "wiki leftover"},
      {"abe", "I appeared to stop seeing Abe-san.", "wiki leftover"},
      {"catchphrase", "Heh, I said it myself: \"I want to become strong\"",
       "quote without final punctuation"},
      {"subtitles?", "My subtitle color is Light blue (Part 1); Yellow (Part 2-4).",
       "raw infobox list"},
  };
  for (const auto& c : cases) {
    const auto found = defects(c.question, c.reply);
    EXPECT_NE(std::find(found.begin(), found.end(), c.defect), found.end()) << c.reply;
  }
  EXPECT_TRUE(defects("what about rin", "Oh, Rin? Rin's my partner.").empty());
  EXPECT_TRUE(defects("who", "I was the dog, yeah. \"Len\" is my name now.").empty());
  EXPECT_TRUE(defects("did you love rin", "Yeah. I grew to love Rin.").empty());
}

}  // namespace
}  // namespace lenbot
