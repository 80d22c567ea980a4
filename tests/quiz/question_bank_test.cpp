#include "bot/quiz/question_bank.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <set>

#include "bot/ingest/article_parser.h"
#include "bot/quiz/answer_text.h"
#include "bot/quiz/entity_catalog.h"
#include "tests/quiz/quiz_test_support.h"

namespace lenbot {
namespace {

using testing::source_path;
using testing::test_bank;

TEST(QuizBankTest, HasAtLeastEightyDistinctQuestions) {
  const auto& questions = test_bank().questions();
  EXPECT_GE(questions.size(), 80u);
  std::set<std::string> ids;
  std::set<std::string> texts;
  for (const auto& q : questions) {
    EXPECT_TRUE(ids.insert(q.id).second) << "duplicate id " << q.id;
    EXPECT_TRUE(texts.insert(q.text).second) << "duplicate text " << q.text;
  }
}

TEST(QuizBankTest, EveryKindAndEveryPartIsPresent) {
  std::map<QuestionKind, int> kinds;
  std::map<StoryPart, int> parts;
  for (const auto& q : test_bank().questions()) {
    ++kinds[q.kind];
    ++parts[q.part];
  }
  EXPECT_GE(kinds[QuestionKind::kMultipleChoice], 20);
  EXPECT_GE(kinds[QuestionKind::kWhoDidIt], 10);
  EXPECT_GE(kinds[QuestionKind::kFillIn], 15);
  for (auto part : {StoryPart::kRussia, StoryPart::kPart1, StoryPart::kPart2, StoryPart::kPart3,
                    StoryPart::kPart4}) {
    EXPECT_GT(parts[part], 0) << part_name(part);
  }
  EXPECT_EQ(parts[StoryPart::kNone], 0);
}

TEST(QuizBankTest, AnswersComeFromTheSourceSegment) {
  const auto article = load_article(source_path("corpus/kagamine_len_article.txt"));
  for (const auto& q : test_bank().questions()) {
    EXPECT_TRUE(mentions(q.source_text, q.answer)) << q.id << ": " << q.answer;
    ASSERT_GE(q.segment_id, 1);
    const auto& segment = article.segments[static_cast<std::size_t>(q.segment_id - 1)];
    EXPECT_EQ(segment.text, q.source_text) << q.id;
    EXPECT_EQ(segment.cites, q.cites) << q.id;
    EXPECT_EQ(segment.part, q.part) << q.id;
    EXPECT_FALSE(q.cites.empty() && q.source_text.empty()) << q.id;
  }
}

TEST(QuizBankTest, QuestionsNeverContainTheirAnswer) {
  const auto& bank = test_bank();
  for (const auto& q : bank.questions()) {
    for (const auto& name : bank.aliases().names_of(q.answer)) {
      EXPECT_FALSE(mentions(q.text, name)) << q.id << " leaks " << name << ": " << q.text;
      EXPECT_FALSE(mentions(q.neutral_text, name)) << q.id << " leaks " << name;
    }
  }
}

// Len asks in his own first person, with the chat's rewrite; only a "who" question he answers
// himself stays in the third person ("Who threw my pike?" would give it away).
TEST(QuizBankTest, LenAsksInHisOwnWords) {
  int first_person = 0;
  for (const auto& q : test_bank().questions()) {
    const bool len_answers = q.kind == QuestionKind::kWhoDidIt && q.answer == "Len";
    if (len_answers) {
      EXPECT_EQ(q.text, q.neutral_text) << q.id;
      continue;
    }
    EXPECT_FALSE(mentions(q.text, "Len")) << q.id << ": " << q.text;
    EXPECT_EQ(q.text.find("mine ___"), std::string::npos) << q.id << ": " << q.text;
    if (mentions(q.neutral_text, "Len")) {
      EXPECT_NE(q.text, q.neutral_text) << q.id;
      ++first_person;
    }
  }
  EXPECT_GE(first_person, 40) << "most questions have Len in them";
  const auto& bank = test_bank();
  const auto released =
      std::find_if(bank.questions().begin(), bank.questions().end(), [](const QuizQuestion& q) {
        return q.text.find("and I were released to a ___") != std::string::npos;
      });
  ASSERT_NE(released, bank.questions().end());
  EXPECT_EQ(released->answer, "producer");
  const auto virus =
      std::find_if(bank.questions().begin(), bank.questions().end(),
                   [](const QuizQuestion& q) { return q.text.ends_with("separate from my ___."); });
  ASSERT_NE(virus, bank.questions().end());
  EXPECT_EQ(virus->answer, "virus");
}

TEST(QuizBankTest, QuestionsAreWellFormed) {
  for (const auto& q : test_bank().questions()) {
    ASSERT_FALSE(q.text.empty());
    EXPECT_TRUE(std::isupper(static_cast<unsigned char>(q.text.front())) != 0 ||
                q.text.starts_with("___"))
        << q.text;
    if (q.kind == QuestionKind::kWhoDidIt) {
      EXPECT_TRUE(q.text.starts_with("Who ")) << q.text;
      EXPECT_TRUE(q.text.ends_with("?")) << q.text;
      EXPECT_EQ(q.type, AnswerType::kPerson) << q.id;
    } else {
      EXPECT_NE(q.text.find("___"), std::string::npos) << q.text;
      EXPECT_EQ(q.text.find("___"), q.text.rfind("___")) << "one blank: " << q.text;
      EXPECT_TRUE(q.text.ends_with(".") || q.text.ends_with("!")) << q.text;
    }
    for (std::string_view filler : {"the", "it", "a", "an", "he", "she", "his", "her"}) {
      EXPECT_NE(normalize_answer(q.answer), filler) << q.id;
    }
  }
}

TEST(QuizBankTest, OptionsHoldTheAnswerExactlyOnceAndAreDistinct) {
  const auto& bank = test_bank();
  for (const auto& q : bank.questions()) {
    if (q.kind == QuestionKind::kFillIn) {
      EXPECT_TRUE(q.options.empty()) << q.id;
      EXPECT_EQ(q.correct_option, -1) << q.id;
      continue;
    }
    ASSERT_EQ(q.options.size(), 4u) << q.id;
    ASSERT_GE(q.correct_option, 0);
    EXPECT_EQ(q.options[static_cast<std::size_t>(q.correct_option)], q.answer) << q.id;
    int hits = 0;
    std::set<std::string> normalized;
    for (const auto& option : q.options) {
      if (bank.aliases().same_entity(option, q.answer)) ++hits;
      EXPECT_TRUE(normalized.insert(normalize_answer(option)).second) << q.id << ": " << option;
    }
    EXPECT_EQ(hits, 1) << q.id;
  }
}

TEST(QuizBankTest, DistractorsShareTheAnswersType) {
  const auto article = load_article(source_path("corpus/kagamine_len_article.txt"));
  const auto& bank = test_bank();
  const auto catalog = EntityCatalog::build(article, bank.aliases());
  for (const auto& q : bank.questions()) {
    const bool answer_is_name = catalog.name_type(q.answer).has_value();
    const auto& pool = catalog.pool(q.type, answer_is_name);
    for (const auto& d : q.distractors) {
      const bool in_pool =
          std::any_of(pool.begin(), pool.end(), [&](const CatalogEntry& c) { return c.text == d; });
      EXPECT_TRUE(in_pool) << q.id << ": " << d << " is not a " << answer_type_name(q.type);
    }
  }
}

TEST(QuizBankTest, SpotChecksOfTypedCandidates) {
  const auto article = load_article(source_path("corpus/kagamine_len_article.txt"));
  const auto catalog = EntityCatalog::build(article, test_bank().aliases());
  struct Case {
    const char* name;
    AnswerType type;
  };
  for (const auto& c :
       {Case{"Camui", AnswerType::kPerson}, Case{"Ronald", AnswerType::kPerson},
        Case{"Tokyo Dome City", AnswerType::kLocation}, Case{"Suidoubashi", AnswerType::kLocation},
        Case{"Russia", AnswerType::kLocation}, Case{"December", AnswerType::kTime}}) {
    EXPECT_EQ(catalog.name_type(c.name), c.type) << c.name;
  }
  EXPECT_FALSE(catalog.name_type("Assassin").has_value()) << "a song title, not a person";
}

TEST(QuizBankTest, SameCorpusGivesTheSameBank) {
  const auto again = QuestionBank::load(source_path("corpus/kagamine_len_article.txt"),
                                        source_path("corpus/aliases.tsv"));
  const auto& first = test_bank().questions();
  ASSERT_EQ(again.questions().size(), first.size());
  for (std::size_t i = 0; i < first.size(); ++i) {
    EXPECT_EQ(again.questions()[i].id, first[i].id);
    EXPECT_EQ(again.questions()[i].text, first[i].text);
    EXPECT_EQ(again.questions()[i].options, first[i].options);
  }
}

TEST(QuizBankTest, BuildsFast) {
  const auto article = load_article(source_path("corpus/kagamine_len_article.txt"));
  const auto aliases = AliasTable::load(source_path("corpus/aliases.tsv"));
  test_bank();  // WordNet opened and warm
  const auto begin = std::chrono::steady_clock::now();
  const auto bank = QuestionBank::build(article, aliases);
  const auto elapsed = std::chrono::steady_clock::now() - begin;
  EXPECT_LT(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count(), 500);
}

TEST(QuizBankTest, UpToRespectsStoryParts) {
  const auto& bank = test_bank();
  std::size_t previous = 0;
  for (auto until : {StoryPart::kRussia, StoryPart::kPart1, StoryPart::kPart2, StoryPart::kPart3,
                     StoryPart::kPart4}) {
    const auto questions = bank.up_to(until);
    EXPECT_GT(questions.size(), previous) << part_name(until);
    for (const auto* q : questions) EXPECT_LE(q->part, until) << q->id;
    previous = questions.size();
  }
  EXPECT_EQ(previous, bank.questions().size());
}

TEST(QuizBankTest, KnownQuestionsAreGenerated) {
  const auto& bank = test_bank();
  auto find_text = [&](std::string_view text) -> const QuizQuestion* {
    for (const auto& q : bank.questions()) {
      if (q.text == text) return &q;
    }
    return nullptr;
  };
  const auto* who = find_text(
      "Who stole Camui's wallet as a trophy of his success and fled, reflecting on all that was "
      "happening around him?");
  ASSERT_NE(who, nullptr);
  EXPECT_EQ(who->answer, "Len");
  const auto* pike = find_text(
      "As I got close, however, I was startled by Camui's red eyes and threw my ___ at him.");
  ASSERT_NE(pike, nullptr);
  EXPECT_EQ(
      pike->neutral_text,
      "As he got close, however, Len was startled by Camui's red eyes and threw his ___ at him.");
  EXPECT_EQ(pike->answer, "pike");
  EXPECT_EQ(pike->cites, std::vector<int>{81});
}

}  // namespace
}  // namespace lenbot
