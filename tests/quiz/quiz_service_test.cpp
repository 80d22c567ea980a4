#include "bot/quiz/quiz_service.h"

#include <gtest/gtest.h>

#include <atomic>
#include <set>
#include <thread>

#include "bot/quiz/sqlite_quiz_store.h"
#include "tests/quiz/quiz_test_support.h"

namespace lenbot {
namespace {

using testing::TempDb;
using testing::test_bank;
using testing::test_voice;

class QuizServiceTest : public ::testing::Test {
 protected:
  QuizServiceTest()
      : db_("service"), store_(db_.path()), quiz_(test_bank(), test_voice(), store_) {}

  const QuizQuestion& current(const std::string& user) {
    const auto s = store_.session("web", user);
    return *test_bank().find(s->current_question);
  }

  // The right answer typed as text (the official answer) or as its option letter.
  std::string right_reply(const QuizQuestion& q, bool letter) {
    if (letter && !q.options.empty())
      return std::string(1, static_cast<char>('A' + q.correct_option));
    return q.answer;
  }

  TempDb db_;
  SqliteQuizStore store_;
  QuizService quiz_;
};

TEST_F(QuizServiceTest, AFullSessionInStoryOrder) {
  const auto started = quiz_.start("web", "ann", StoryPart::kRussia, true);
  ASSERT_TRUE(started) << started.error().message;
  EXPECT_EQ(started->question.part, "Russia era");
  EXPECT_NE(started->reply.find(started->question.text), std::string::npos);
  EXPECT_EQ(started->score.points, 0);
  const auto russia = test_bank().up_to(StoryPart::kRussia);
  EXPECT_EQ(started->question.id, russia.front()->id);

  std::set<std::string> seen{started->question.id};
  int expected_points = 0;
  for (std::size_t i = 0; i < russia.size(); ++i) {
    const auto& q = current("ann");
    const auto r = quiz_.answer("web", "ann", right_reply(q, i % 2 == 0));
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_TRUE(r->correct) << q.id;
    EXPECT_EQ(r->answer, q.answer);
    EXPECT_EQ(r->source.text, q.source_text);
    EXPECT_EQ(r->source.cite, q.cites);
    expected_points += q.kind == QuestionKind::kFillIn ? 15 : 10;
    EXPECT_EQ(r->score.points, expected_points);
    EXPECT_EQ(r->score.streak, static_cast<int>(i) + 1);
    EXPECT_EQ(r->score.answered, static_cast<int>(i) + 1);
    ASSERT_TRUE(r->next);
    EXPECT_EQ(r->next->part, "Russia era") << "--until russia is respected";
    if (i + 1 < russia.size()) {
      EXPECT_TRUE(seen.insert(r->next->id).second) << "no repeats before the bank is used up";
    } else {
      EXPECT_NE(r->next_reply.find("every question"), std::string::npos) << r->next_reply;
    }
  }
  const auto score = quiz_.score("web", "ann");
  ASSERT_TRUE(score);
  EXPECT_EQ(score->score.best_streak, static_cast<int>(russia.size()));
  const auto stopped = quiz_.stop("web", "ann");
  ASSERT_TRUE(stopped);
  EXPECT_FALSE(stopped->active);
  EXPECT_EQ(quiz_.answer("web", "ann", "dog").error().code, QuizErrorCode::kNoSession);
}

TEST_F(QuizServiceTest, WrongNearMissHintAndSkip) {
  ASSERT_TRUE(quiz_.start("web", "ann", StoryPart::kPart4, true));
  const auto& first = current("ann");
  ASSERT_EQ(first.answer, "dog");
  const auto hint = quiz_.hint("web", "ann");
  ASSERT_TRUE(hint);
  EXPECT_EQ(hint->hint, "d*g");
  EXPECT_LT(hint->points_available, 15);
  const auto wrong = quiz_.answer("web", "ann", "cat");
  ASSERT_TRUE(wrong);
  EXPECT_FALSE(wrong->correct);
  EXPECT_EQ(wrong->answer, "dog");
  EXPECT_NE(wrong->reply.find("dog"), std::string::npos) << wrong->reply;
  EXPECT_EQ(wrong->score.streak, 0);

  const auto& second = current("ann");  // "... to love his ___ over time." -> master
  ASSERT_EQ(second.answer, "master");
  const auto near = quiz_.answer("web", "ann", "mastr");
  ASSERT_TRUE(near);
  EXPECT_TRUE(near->correct);
  EXPECT_TRUE(near->near_miss);
  EXPECT_EQ(near->answer, "master") << "the official answer is shown";

  const auto skipped = quiz_.skip("web", "ann");
  ASSERT_TRUE(skipped);
  EXPECT_TRUE(skipped->skipped);
  EXPECT_FALSE(skipped->correct);
  EXPECT_EQ(skipped->score.answered, 2);
  EXPECT_EQ(skipped->score.streak, 0);
  ASSERT_TRUE(skipped->next);
}

TEST_F(QuizServiceTest, LensReactionsNeverRepeatTwiceInARow) {
  ASSERT_TRUE(quiz_.start("web", "ann", std::nullopt, true));
  const QuizVoice voice = test_voice();
  const auto is_one_of = [](const std::string& line, const std::vector<std::string>& lines,
                            const std::string& answer) {
    for (std::string candidate : lines) {
      for (auto at = candidate.find("{answer}"); at != std::string::npos;
           at = candidate.find("{answer}"))
        candidate.replace(at, 8, answer);
      // Lines with score placeholders are recognised by what comes before the first one.
      const auto brace = candidate.find('{');
      if (line.starts_with(candidate.substr(0, brace))) return true;
    }
    return false;
  };
  std::string last_reaction;
  std::string last_ask;
  std::set<std::string> reactions;
  // Right three times (a streak from the third on), then wrong (the streak lost), and so on.
  for (int i = 0; i < 24; ++i) {
    const QuizQuestion q = current("ann");
    const bool right = i % 4 != 3;
    const auto r = quiz_.answer("web", "ann", right ? q.answer : "zzzz");
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_NE(r->reply, last_reaction) << "turn " << i;
    const auto& expected = right ? (r->score.streak >= kStreakLines ? voice.streak : voice.correct)
                                 : voice.streak_lost;
    EXPECT_TRUE(is_one_of(r->reply, expected, q.answer)) << "turn " << i << ": " << r->reply;
    reactions.insert(r->reply);
    last_reaction = r->reply;
    const std::string ask = r->next_reply.substr(0, r->next_reply.find(r->next->text));
    EXPECT_NE(ask, last_ask) << "turn " << i;
    last_ask = ask;
  }
  EXPECT_GE(reactions.size(), 8u) << "the lines vary over a game";
}

TEST_F(QuizServiceTest, FormAnswersCheckTheQuestionId) {
  ASSERT_TRUE(quiz_.start("web", "ann", std::nullopt, true));
  const QuizQuestion first = current("ann");
  EXPECT_EQ(quiz_.waiting_question("web", "ann"), first.id);
  EXPECT_FALSE(quiz_.waiting_question("web", "bob"));
  EXPECT_EQ(quiz_.answer_question_text("web", "ann", "q999999-1", first.answer).error().code,
            QuizErrorCode::kStaleQuestion);
  EXPECT_EQ(quiz_.answer_question_text("web", "ann", first.id, " ?! ").error().code,
            QuizErrorCode::kEmptyAnswer);
  const auto graded = quiz_.answer_question_text("web", "ann", first.id, first.answer);
  ASSERT_TRUE(graded) << graded.error().message;
  EXPECT_TRUE(graded->correct);
  // The same form sent twice: its question is no longer waiting.
  EXPECT_EQ(quiz_.answer_question_text("web", "ann", first.id, first.answer).error().code,
            QuizErrorCode::kStaleQuestion);
  EXPECT_EQ(store_.session("web", "ann")->score.answered, 1);
}

TEST_F(QuizServiceTest, ButtonAnswersCheckTheQuestionId) {
  ASSERT_TRUE(quiz_.start("web", "ann", StoryPart::kPart4, true));
  ASSERT_TRUE(quiz_.answer("web", "ann", "dog"));
  const auto& q = current("ann");
  ASSERT_EQ(q.options.size(), 4u);
  const auto stale = quiz_.answer_question("web", "ann", "q5-1", 0);
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, QuizErrorCode::kStaleQuestion);
  EXPECT_EQ(quiz_.answer_question("web", "ann", "no-such-id", 0).error().code,
            QuizErrorCode::kStaleQuestion);
  EXPECT_EQ(quiz_.answer_question("web", "ann", q.id, 7).error().code, QuizErrorCode::kBadOption);
  const auto right = quiz_.answer_question("web", "ann", q.id, q.correct_option);
  ASSERT_TRUE(right);
  EXPECT_TRUE(right->correct);
  const auto again = quiz_.answer_question("web", "ann", q.id, q.correct_option);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, QuizErrorCode::kStaleQuestion) << "one answer per question";
}

TEST_F(QuizServiceTest, ErrorsAreValues) {
  struct Case {
    QuizErrorCode got;
    QuizErrorCode want;
    const char* what;
  };
  ASSERT_TRUE(quiz_.start("web", "ann", std::nullopt, true));
  const Case cases[] = {
      {quiz_.answer("web", "nobody", "dog").error().code, QuizErrorCode::kNoSession, "no session"},
      {quiz_.hint("web", "nobody").error().code, QuizErrorCode::kNoSession, "hint, no session"},
      {quiz_.skip("web", "nobody").error().code, QuizErrorCode::kNoSession, "skip, no session"},
      {quiz_.stop("web", "nobody").error().code, QuizErrorCode::kNoSession, "stop, no session"},
      {quiz_.score("web", "nobody").error().code, QuizErrorCode::kNoSession, "score, no session"},
      {quiz_.answer("web", "ann", "  ?! ").error().code, QuizErrorCode::kEmptyAnswer, "empty"},
      {quiz_.answer("", "ann", "dog").error().code, QuizErrorCode::kUnknownChannel, "channel"},
      {quiz_.start("", "ann", std::nullopt, true).error().code, QuizErrorCode::kUnknownChannel,
       "start, channel"},
      {quiz_.answer("web", "", "dog").error().code, QuizErrorCode::kBadUser, "user"},
      {quiz_.leaderboard("nowhere", 5).error().code, QuizErrorCode::kUnknownChannel, "board"},
  };
  for (const auto& c : cases) EXPECT_EQ(c.got, c.want) << c.what;
  EXPECT_FALSE(quiz_.answer("web", "ann", "").error().message.empty());
}

TEST_F(QuizServiceTest, MissedQuestionsComeBackBeforeRightOnes) {
  ASSERT_TRUE(quiz_.start("web", "ann", StoryPart::kRussia, true));
  const auto russia = test_bank().up_to(StoryPart::kRussia);
  std::set<std::string> missed;
  for (std::size_t i = 0; i < russia.size(); ++i) {
    const auto& q = current("ann");
    const bool miss = i % 3 == 1;
    if (miss) missed.insert(q.id);
    ASSERT_TRUE(quiz_.answer("web", "ann", miss ? "zzzz" : q.answer));
  }
  ASSERT_FALSE(missed.empty());
  for (std::size_t i = 0; i < missed.size(); ++i) {
    const auto& q = current("ann");
    EXPECT_TRUE(missed.contains(q.id)) << q.id << " came back before a missed question";
    ASSERT_TRUE(quiz_.answer("web", "ann", q.answer));
  }
}

TEST_F(QuizServiceTest, RestartKeepsTheScoreAndQuestion) {
  ASSERT_TRUE(quiz_.start("web", "ann", StoryPart::kPart4, true));
  ASSERT_TRUE(quiz_.answer("web", "ann", "dog"));
  const auto pending = current("ann").id;
  SqliteQuizStore reopened(db_.path());
  QuizService again(test_bank(), test_voice(), reopened);
  const auto score = again.score("web", "ann");
  ASSERT_TRUE(score);
  EXPECT_EQ(score->score.points, 15);
  EXPECT_TRUE(score->active);
  const auto& q = *test_bank().find(pending);
  const auto r = again.answer("web", "ann", q.answer);
  ASSERT_TRUE(r);
  EXPECT_TRUE(r->correct);
}

TEST_F(QuizServiceTest, UntilLimitsTheParts) {
  ASSERT_TRUE(quiz_.start("web", "bob", StoryPart::kPart2, false));
  for (int i = 0; i < 30; ++i) {
    const auto& q = current("bob");
    EXPECT_LE(q.part, StoryPart::kPart2) << q.id;
    ASSERT_TRUE(quiz_.skip("web", "bob"));
  }
}

TEST_F(QuizServiceTest, LeaderboardRanksByPoints) {
  ASSERT_TRUE(quiz_.start("web", "ann", StoryPart::kPart4, true));
  ASSERT_TRUE(quiz_.start("web", "bob", StoryPart::kPart4, true));
  ASSERT_TRUE(quiz_.answer("web", "ann", "dog"));
  ASSERT_TRUE(quiz_.answer("web", "bob", "cat"));
  const auto board = quiz_.leaderboard("web", 10);
  ASSERT_TRUE(board);
  ASSERT_EQ(board->size(), 2u);
  EXPECT_EQ(board->at(0).user, "ann");
  EXPECT_EQ(board->at(0).score.points, 15);
}

TEST_F(QuizServiceTest, ButtonClicksRacingFromManyThreadsCountOnce) {
  ASSERT_TRUE(quiz_.start("web", "ann", StoryPart::kPart4, true));
  ASSERT_TRUE(quiz_.answer("web", "ann", "dog"));
  const auto& q = current("ann");
  ASSERT_EQ(q.options.size(), 4u);
  constexpr int kThreads = 6;
  std::atomic<int> ok{0};
  std::atomic<int> refused{0};
  std::atomic<int> ready{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([&] {
      SqliteQuizStore own_store(db_.path());  // each thread its own connection and service
      QuizService own(test_bank(), test_voice(), own_store);
      ++ready;
      while (ready.load() < kThreads) std::this_thread::yield();
      const auto r = own.answer_question("web", "ann", q.id, q.correct_option);
      if (r) {
        ++ok;
      } else if (r.error().code == QuizErrorCode::kAlreadyAnswered ||
                 r.error().code == QuizErrorCode::kStaleQuestion) {
        ++refused;
      } else {
        ADD_FAILURE() << "unexpected refusal: " << r.error().message;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(ok.load(), 1);
  EXPECT_EQ(refused.load(), kThreads - 1);
  const auto score = store_.session("web", "ann")->score;
  EXPECT_EQ(score.answered, 2);
  EXPECT_EQ(score.points, 15 + 10);
}

}  // namespace
}  // namespace lenbot
