#pragma once
// The quiz as every channel sees it (HTTP, Discord, the message webhook, the CLI): start a
// session, answer, hint, skip, stop, score, leaderboard. Channel-neutral: callers pass a
// channel name ("discord:1234", "cli") and a user id, and get values back; expected failures
// (no session, stale question, empty answer, unknown channel) are QuizError values, never
// exceptions. Storage failures still throw StorageError.
// Not thread-safe: give each worker thread its own QuizService over its own store connection;
// one QuestionBank can be shared by all of them.
#include <optional>
#include <string>
#include <vector>

#include "bot/quiz/question_bank.h"
#include "bot/quiz/quiz_result.h"
#include "bot/quiz/quiz_store.h"
#include "bot/quiz/quiz_voice.h"

namespace lenbot {

struct QuizQuestionView {
  std::string id;
  std::string text;
  std::vector<std::string> options;  // four, or empty for fill-in
  std::string part;                  // "Part 3"
  std::string kind;                  // "multiple", "who", "fill_in"
};

struct QuizSource {
  std::vector<int> cite;
  std::string text;
};

struct QuizStartReply {
  QuizQuestionView question;
  std::string reply;  // Len asking it, options included for text channels
  QuizScore score;
};

struct QuizAnswerReply {
  bool correct = false;
  bool near_miss = false;  // accepted despite a typo; `answer` shows the official spelling
  bool skipped = false;
  std::string answer;  // the official answer
  std::string reply;   // Len grading it
  QuizSource source;
  QuizScore score;
  std::optional<QuizQuestionView> next;
  std::string next_reply;  // Len asking the next question ("" when there is none)
};

struct QuizHintReply {
  std::string hint;  // "S***r"
  std::string reply;
  int points_available = 0;  // what a right answer still earns
};

struct QuizScoreReply {
  QuizScore score;
  std::string reply;
  bool active = false;
};

class QuizService {
 public:
  QuizService(const QuestionBank& bank, QuizVoice voice, QuizStore& store);

  // Starts (or restarts) the quiz over the parts up to `until` (all when nullopt), in story
  // order or shuffled, and asks the first question. The score carries over.
  QuizResult<QuizStartReply> start(const std::string& channel, const std::string& user,
                                   std::optional<StoryPart> until, bool in_story_order);
  // Grades free text (or "B", "2") against the current question and asks the next one.
  QuizResult<QuizAnswerReply> answer(const std::string& channel, const std::string& user,
                                     const std::string& answer_text);
  // A button click: option `option_index` (0-3) of question `question_id`, which must still be
  // the current question (kStaleQuestion otherwise).
  QuizResult<QuizAnswerReply> answer_question(const std::string& channel, const std::string& user,
                                              const std::string& question_id, int option_index);
  // Free text for question `question_id`, which must still be the current question
  // (kStaleQuestion otherwise): a form filled in for one question never grades the next.
  QuizResult<QuizAnswerReply> answer_question_text(const std::string& channel,
                                                   const std::string& user,
                                                   const std::string& question_id,
                                                   const std::string& answer_text);
  // The id of the question waiting for this user's answer; nullopt when none is.
  std::optional<std::string> waiting_question(const std::string& channel, const std::string& user);
  // Reveals one more letter of the answer; each hint lowers the points for this question.
  QuizResult<QuizHintReply> hint(const std::string& channel, const std::string& user);
  // Gives up on the current question (streak resets) and asks the next one.
  QuizResult<QuizAnswerReply> skip(const std::string& channel, const std::string& user);
  QuizResult<QuizScoreReply> stop(const std::string& channel, const std::string& user);
  QuizResult<QuizScoreReply> score(const std::string& channel, const std::string& user);
  QuizResult<std::vector<LeaderboardEntry>> leaderboard(const std::string& channel, int limit);

 private:
  struct Current {
    QuizSession session;
    const QuizQuestion* question = nullptr;
  };

  std::optional<QuizError> check_ids(const std::string& channel, const std::string& user) const;
  QuizResult<Current> current(const std::string& channel, const std::string& user);
  // current(), when its question is `question_id`; kStaleQuestion otherwise.
  QuizResult<Current> current_question(const std::string& channel, const std::string& user,
                                       const std::string& question_id);
  QuizResult<QuizAnswerReply> grade_text(const Current& current, const std::string& answer_text);
  QuizResult<QuizAnswerReply> grade(const Current& current, Outcome outcome, bool near_miss,
                                    int points);
  // Asks the next question; fills `reply.next`, `reply.next_reply` (and the "done" line).
  void ask_next(const QuizSession& session, QuizAnswerReply& reply);
  QuizQuestionView view(const QuizQuestion& q) const;
  std::string asking(const QuizQuestion& q, const QuizSession& session) const;
  std::string seed(const QuizSession& session, std::string_view what) const;
  // Constant over a game: with the question number as the turn, lines never repeat in a row.
  std::string game_seed(const QuizSession& session, std::string_view what) const;
  // Len's reaction: skip, wrong (or a lost streak), near miss, right (or a streak going on).
  const std::vector<std::string>& reaction_lines(Outcome outcome, bool near_miss, int streak_before,
                                                 int streak_after) const;

  const QuestionBank& bank_;
  QuizVoice voice_;
  QuizStore& store_;
};

}  // namespace lenbot
