#include "bot/retrieval/question.h"

#include <gtest/gtest.h>

#include "bot/index/porter_stemmer.h"
#include "tests/retrieval/retrieval_fixture.h"

namespace lenbot {
namespace {

class QuestionTest : public RetrievalFixture {
 protected:
  // Whether some group carries `word` (compared as stems, as facts are matched).
  static bool has_term(const Question& q, const std::string& word) {
    for (const auto& g : q.groups) {
      for (const auto& t : g.terms) {
        if (t.term == porter_stem(word)) return true;
      }
    }
    return false;
  }
};

TEST_F(QuestionTest, ChatSpellingAndAliasesReachTheArticlesWords) {
  struct Case {
    const char* question;
    const char* expected_word;  // a base form the query must carry
  };
  const Case cases[] = {
      {"what did u nick off gackpo after the fight?", "steal"},
      {"what did u nick off gackpo after the fight?", "camui"},
      {"y did u throw the fish", "pike"},
      {"who stole camuis wallet", "camui"},
      {"what did the clown sell u", "ronald"},
      {"did hatsune ever like u back", "miku"},
      {"what happened on feb 14", "valentine"},
      {"tell me about ur dog days", "dog"},
      {"who did u fight at the end", "fight"},
      {"what did u do w the pike you threw", "throw"},
      {"what did rin give u", "give"},
      {"what was len wearin", "wear"},  // a dropped g
      {"u still nickin stuff off ppl", "steal"},
      {"who did u swipe the bag from", "steal"},
      {"was the cherry blossum date nice", "blossom"},
      {"what did u and rin do at the amusement park", "dome"},
      {"did u ever beleive in urself", "believe"},  // a misspelling, repaired
  };
  for (const auto& c : cases) {
    const Question q = analyse_question(c.question, *knowledge_);
    EXPECT_TRUE(has_term(q, c.expected_word)) << c.question << " lacks " << c.expected_word;
  }
}

TEST_F(QuestionTest, RecognisesTheQuestionType) {
  struct Case {
    const char* question;
    QuestionType type;
  };
  const Case cases[] = {
      {"why did you steal the wallet", QuestionType::kWhy},
      {"how come u threw the pike", QuestionType::kWhy},
      {"where does your speed come from", QuestionType::kWhy},
      {"who shot at rin", QuestionType::kWho},
      {"irina was a soldier for who exactly", QuestionType::kWho},
      {"where did you hug rin", QuestionType::kWhere},
      {"when did miku go missing", QuestionType::kWhen},
      {"what month did miku go missin", QuestionType::kWhen},
      {"how did you beat camui", QuestionType::kHow},
      {"did you cry", QuestionType::kYesNo},
      {"yo len did u cry", QuestionType::kYesNo},
      {"what's camui to you", QuestionType::kRelation},
      {"who is rin to len", QuestionType::kRelation},
      {"what do you think of the uploader", QuestionType::kRelation},
      {"what did you buy", QuestionType::kWhat},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(analyse_question(c.question, *knowledge_).type, c.type) << c.question;
  }
}

TEST_F(QuestionTest, NamesThePeopleAskedAbout) {
  const Question q = analyse_question("did gackpo or the clown ever meet miku", *knowledge_);
  EXPECT_NE(std::find(q.people.begin(), q.people.end(), "camui"), q.people.end());
  EXPECT_NE(std::find(q.people.begin(), q.people.end(), "ronald"), q.people.end());
  EXPECT_NE(std::find(q.people.begin(), q.people.end(), "miku"), q.people.end());
}

TEST_F(QuestionTest, QuoteQuestionsAreRecognised) {
  EXPECT_TRUE(analyse_question("what's your motto?", *knowledge_).wants_quote);
  EXPECT_TRUE(analyse_question("whats ur line about the dream", *knowledge_).wants_quote);
  EXPECT_FALSE(analyse_question("why did you steal the wallet", *knowledge_).wants_quote);
}

TEST_F(QuestionTest, MisspellingsAreRepairedBeforeChatSpellingIsRead) {
  struct Case {
    const char* question;
    std::vector<std::string> words;  // the normalised words it must have, in order
  };
  const Case cases[] = {
      {"who did u date when u coudlnt get miku", {"you", "could", "not", "get", "miku"}},
      {"what did u do arround the racetrack", {"around", "the", "racetrack"}},
      {"whats ur fave pasttime", {"favourite", "pastime"}},
  };
  for (const auto& c : cases) {
    const Question q = analyse_question(c.question, *knowledge_);
    auto at = q.words.begin();
    for (const auto& word : c.words) {
      at = std::find(at, q.words.end(), word);
      EXPECT_NE(at, q.words.end()) << c.question << " lacks " << word;
    }
  }
}

TEST_F(QuestionTest, EnglishWordsAreNotSpellCorrected) {
  // "president" is a word, not a typo of the article's "present".
  const Question q = analyse_question("who is the president", *knowledge_);
  EXPECT_FALSE(has_term(q, "present"));
  EXPECT_TRUE(has_term(analyse_question("the cherry blossum date", *knowledge_), "blossom"));
}

// Words after a connective that follows the asking part set the scene; the rest ask.
TEST_F(QuestionTest, SceneSettingWordsAreMarked) {
  struct Case {
    const char* question;
    std::vector<std::string> scene;  // the fan's words marked as setting the scene
  };
  const Case cases[] = {
      {"what was rin wearing at the cherry blossum meetup", {"(phrase)", "meetup"}},
      {"how did u treat rin back when u were obsessed w miku", {"obsessed", "miku"}},
      {"what did u steal after the fight", {"fight"}},
      {"what did you do when miku said she was nothing", {"miku", "said", "nothing"}},
      {"did u light up while ur memories were trickling back", {"memories", "trickling", "back"}},
      // A question word or greeting up front is not yet asking: nothing is scene.
      {"when did you meet rin", {}},
      {"yo len when did you meet rin", {}},
      {"what colour are the lites on your headset", {}},
  };
  for (const auto& c : cases) {
    const Question q = analyse_question(c.question, *knowledge_);
    std::vector<std::string> scene;
    for (const auto& g : q.groups) {
      if (g.setting) scene.push_back(g.source);
    }
    std::sort(scene.begin(), scene.end());
    auto expected = c.scene;
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(scene, expected) << c.question;
  }
}

// Chat filler and modifiers the article never uses ("actually", "online") are not topics it
// lacks; nouns it lacks ("pizza") still are.
TEST_F(QuestionTest, FillerAndForeignModifiersAreNotTopics) {
  const auto sources = [](const Question& q) {
    std::vector<std::string> out;
    for (const auto& g : q.groups) out.push_back(g.source);
    return out;
  };
  EXPECT_EQ(sources(analyse_question("did u ever actually tell rin lol", *knowledge_)),
            (std::vector<std::string>{"tell", "rin"}));
  EXPECT_EQ(sources(analyse_question("who put the dog online tbh", *knowledge_)),
            (std::vector<std::string>{"put", "dog"}));
  EXPECT_EQ(sources(analyse_question("do u like pizza", *knowledge_)),
            (std::vector<std::string>{"pizza"}));
  // WordNet's adjective- and adverb-only words, computed at index time.
  EXPECT_TRUE(knowledge_->modifier_words.contains("actually"));
  EXPECT_FALSE(knowledge_->modifier_words.contains("fast")) << "also a verb and a noun";
  EXPECT_FALSE(knowledge_->modifier_words.contains("wallet"));
}

TEST_F(QuestionTest, SqlStatementsAskNothing) {
  EXPECT_TRUE(analyse_question("SELECT * FROM quotes", *knowledge_).groups.empty());
  EXPECT_TRUE(analyse_question("'; DROP TABLE facts; --", *knowledge_).groups.empty());
  EXPECT_FALSE(analyse_question("did u select the wallet from camui", *knowledge_).groups.empty());
}

TEST_F(QuestionTest, AnyBytesAreSafe) {
  const std::string inputs[] = {"",
                                "\"\"\" NEAR( * OR AND -- ;",
                                "\xff\xfe\xfd broken utf8 \xc3",
                                "\xF0\x9F\x8D\x95\xF0\x9F\x8D\x95",
                                "\xE9\x8F\xA1\xE9\x9F\xB3\xE3\x83\xAC\xE3\x83\xB3",
                                std::string(10240, 'x'),
                                std::string(5000, ' ') + "pike"};
  for (const auto& input : inputs) {
    const Question q = analyse_question(input, *knowledge_);
    EXPECT_LE(q.words.size(), kMaxQuestionWords * 2) << input.substr(0, 20);
  }
}

}  // namespace
}  // namespace lenbot
