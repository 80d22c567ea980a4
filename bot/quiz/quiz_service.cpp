#include "bot/quiz/quiz_service.h"

#include "bot/quiz/answer_matcher.h"
#include "bot/quiz/answer_text.h"
#include "bot/quiz/hint.h"
#include "bot/quiz/question_picker.h"

namespace lenbot {
namespace {

QuizError error(QuizErrorCode code, std::string message) { return {code, std::move(message)}; }

VoiceValues values_of(const QuizScore& score, std::string answer = "", std::string hint = "") {
  return {std::move(answer), std::move(hint),   score.points,
          score.streak,      score.best_streak, score.answered};
}

}  // namespace

QuizService::QuizService(const QuestionBank& bank, QuizVoice voice, QuizStore& store)
    : bank_(bank), voice_(std::move(voice)), store_(store) {}

std::string QuizService::seed(const QuizSession& session, std::string_view what) const {
  return session.channel + "|" + session.user + "|" + std::to_string(session.current_seq) + "|" +
         std::string(what);
}

QuizQuestionView QuizService::view(const QuizQuestion& q) const {
  return {q.id, q.text, q.options, std::string(part_name(q.part)), std::string(kind_name(q.kind))};
}

std::string QuizService::game_seed(const QuizSession& session, std::string_view what) const {
  return session.channel + "|" + session.user + "|" + std::string(what);
}

std::string QuizService::asking(const QuizQuestion& q, const QuizSession& session) const {
  std::string text =
      render_turn(voice_.ask, game_seed(session, "ask"), session.current_seq) + " " + q.text;
  for (std::size_t i = 0; i < q.options.size(); ++i) {
    text +=
        (i == 0 ? "\n" : "  ") + std::string(1, static_cast<char>('A' + i)) + ") " + q.options[i];
  }
  return text;
}

std::optional<QuizError> QuizService::check_ids(const std::string& channel,
                                                const std::string& user) const {
  if (channel.empty()) return error(QuizErrorCode::kUnknownChannel, "channel name is empty");
  if (user.empty()) return error(QuizErrorCode::kBadUser, "user id is empty");
  return std::nullopt;
}

QuizResult<QuizStartReply> QuizService::start(const std::string& channel, const std::string& user,
                                              std::optional<StoryPart> until, bool in_story_order) {
  if (auto bad = check_ids(channel, user)) return *bad;
  const StoryPart last = until.value_or(StoryPart::kPart4);
  const auto eligible = bank_.up_to(last);
  if (eligible.empty()) {
    return error(QuizErrorCode::kNoQuestions, "no questions up to " + std::string(part_name(last)));
  }
  auto session = store_.start(channel, user, last, in_story_order);
  const auto pick =
      pick_next(eligible, store_.history(channel, user), in_story_order, channel + "|" + user);
  session = store_.ask(channel, user, pick.question->id);
  return QuizStartReply{view(*pick.question), asking(*pick.question, session), session.score};
}

QuizResult<QuizService::Current> QuizService::current(const std::string& channel,
                                                      const std::string& user) {
  if (auto bad = check_ids(channel, user)) return *bad;
  auto session = store_.session(channel, user);
  if (!session || !session->active) {
    return error(QuizErrorCode::kNoSession, "no quiz running for " + user + ": start one first");
  }
  const QuizQuestion* q = bank_.find(session->current_question);
  if (q == nullptr) {
    return error(QuizErrorCode::kNoQuestion, "no question is waiting for an answer");
  }
  return Current{*session, q};
}

QuizResult<QuizService::Current> QuizService::current_question(const std::string& channel,
                                                               const std::string& user,
                                                               const std::string& question_id) {
  auto cur = current(channel, user);
  // Between grading one click and asking the next question no question is waiting; to a
  // racing click on the same button that question is simply no longer current.
  if (!cur && cur.error().code == QuizErrorCode::kNoQuestion) {
    return error(QuizErrorCode::kStaleQuestion,
                 "question " + question_id + " is no longer waiting for an answer");
  }
  if (!cur) return cur.error();
  if (cur->question->id != question_id) {
    return error(
        QuizErrorCode::kStaleQuestion,
        "question " + question_id + " is not the current question (" + cur->question->id + ")");
  }
  return cur;
}

QuizResult<QuizAnswerReply> QuizService::grade_text(const Current& cur,
                                                    const std::string& answer_text) {
  if (normalize_answer(answer_text).empty()) {
    return error(QuizErrorCode::kEmptyAnswer, "the answer is empty");
  }
  const auto g = grade_answer(*cur.question, answer_text, bank_.aliases());
  const int points = question_points(cur.question->kind, cur.session.hints);
  return grade(cur, g.counts() ? Outcome::kRight : Outcome::kWrong, g.verdict == Verdict::kNearMiss,
               points);
}

std::optional<std::string> QuizService::waiting_question(const std::string& channel,
                                                         const std::string& user) {
  auto cur = current(channel, user);
  if (!cur) return std::nullopt;
  return cur->question->id;
}

QuizResult<QuizAnswerReply> QuizService::answer(const std::string& channel, const std::string& user,
                                                const std::string& answer_text) {
  auto cur = current(channel, user);
  if (!cur) return cur.error();
  return grade_text(cur.value(), answer_text);
}

QuizResult<QuizAnswerReply> QuizService::answer_question_text(const std::string& channel,
                                                              const std::string& user,
                                                              const std::string& question_id,
                                                              const std::string& answer_text) {
  auto cur = current_question(channel, user, question_id);
  if (!cur) return cur.error();
  return grade_text(cur.value(), answer_text);
}

QuizResult<QuizAnswerReply> QuizService::answer_question(const std::string& channel,
                                                         const std::string& user,
                                                         const std::string& question_id,
                                                         int option_index) {
  auto cur = current_question(channel, user, question_id);
  if (!cur) return cur.error();
  const auto& options = cur->question->options;
  if (option_index < 0 || static_cast<std::size_t>(option_index) >= options.size()) {
    return error(QuizErrorCode::kBadOption, "option " + std::to_string(option_index) +
                                                " does not exist for question " + question_id);
  }
  const bool right = option_index == cur->question->correct_option;
  const int points = question_points(cur->question->kind, cur->session.hints);
  return grade(cur.value(), right ? Outcome::kRight : Outcome::kWrong, false, points);
}

QuizResult<QuizAnswerReply> QuizService::grade(const Current& cur, Outcome outcome, bool near_miss,
                                               int points) {
  const auto& q = *cur.question;
  auto updated = store_.record(cur.session.channel, cur.session.user, cur.session.current_seq,
                               outcome, points);
  if (!updated) {
    return error(QuizErrorCode::kAlreadyAnswered, "question " + q.id + " was already answered");
  }
  QuizAnswerReply reply;
  reply.correct = outcome == Outcome::kRight;
  reply.near_miss = reply.correct && near_miss;
  reply.skipped = outcome == Outcome::kSkipped;
  reply.answer = q.answer;
  reply.source = {q.cites, q.source_text};
  reply.score = updated->score;
  const auto& lines =
      reaction_lines(outcome, near_miss, cur.session.score.streak, updated->score.streak);
  // One seed for the whole game and the question's number as the turn: two answers in a row
  // never get the same line.
  reply.reply = render_turn(lines, game_seed(cur.session, "grade"), cur.session.current_seq,
                            values_of(updated->score, q.answer));
  ask_next(*updated, reply);
  return reply;
}

const std::vector<std::string>& QuizService::reaction_lines(Outcome outcome, bool near_miss,
                                                            int streak_before,
                                                            int streak_after) const {
  if (outcome == Outcome::kSkipped) return voice_.skip;
  if (outcome == Outcome::kWrong) {
    return streak_before >= kStreakLines && !voice_.streak_lost.empty() ? voice_.streak_lost
                                                                        : voice_.wrong;
  }
  if (near_miss) return voice_.near_miss;
  return streak_after >= kStreakLines && !voice_.streak.empty() ? voice_.streak : voice_.correct;
}

void QuizService::ask_next(const QuizSession& session, QuizAnswerReply& reply) {
  const auto history = store_.history(session.channel, session.user);
  const auto pick = pick_next(bank_.up_to(session.until), history, session.in_story_order,
                              session.channel + "|" + session.user);
  if (pick.question == nullptr) return;
  // The first repeat ever: every question so far was asked exactly once.
  const bool first_repeat = pick.repeat && static_cast<int>(history.size()) == session.current_seq;
  auto asked = store_.ask(session.channel, session.user, pick.question->id);
  reply.next = view(*pick.question);
  reply.next_reply = asking(*pick.question, asked);
  if (first_repeat) {
    reply.next_reply = render(voice_.done, seed(asked, "done")) + "\n" + reply.next_reply;
  }
}

QuizResult<QuizHintReply> QuizService::hint(const std::string& channel, const std::string& user) {
  auto cur = current(channel, user);
  if (!cur) return cur.error();
  const auto hints = store_.add_hint(channel, user, cur->session.current_seq);
  if (!hints) return error(QuizErrorCode::kNoQuestion, "no question is waiting for an answer");
  QuizHintReply reply;
  reply.hint = hint_mask(cur->question->answer, *hints);
  reply.points_available = question_points(cur->question->kind, *hints);
  reply.reply =
      render_turn(voice_.hint, game_seed(cur->session, "hint"), cur->session.current_seq + *hints,
                  values_of(cur->session.score, "", reply.hint));
  return reply;
}

QuizResult<QuizAnswerReply> QuizService::skip(const std::string& channel, const std::string& user) {
  auto cur = current(channel, user);
  if (!cur) return cur.error();
  return grade(cur.value(), Outcome::kSkipped, false, 0);
}

QuizResult<QuizScoreReply> QuizService::stop(const std::string& channel, const std::string& user) {
  if (auto bad = check_ids(channel, user)) return *bad;
  auto session = store_.session(channel, user);
  if (!session || !session->active) {
    return error(QuizErrorCode::kNoSession, "no quiz running for " + user);
  }
  auto stopped = store_.stop(channel, user);
  if (!stopped) return error(QuizErrorCode::kNoSession, "no quiz running for " + user);
  return QuizScoreReply{stopped->score,
                        render(voice_.stop, seed(*stopped, "stop"), values_of(stopped->score)),
                        false};
}

QuizResult<QuizScoreReply> QuizService::score(const std::string& channel, const std::string& user) {
  if (auto bad = check_ids(channel, user)) return *bad;
  auto session = store_.session(channel, user);
  if (!session) return error(QuizErrorCode::kNoSession, user + " has never played here");
  return QuizScoreReply{session->score,
                        render(voice_.score, seed(*session, "score"), values_of(session->score)),
                        session->active};
}

QuizResult<std::vector<LeaderboardEntry>> QuizService::leaderboard(const std::string& channel,
                                                                   int limit) {
  if (channel.empty()) return error(QuizErrorCode::kUnknownChannel, "channel name is empty");
  auto board = store_.leaderboard(channel, limit > 0 ? limit : 10);
  if (board.empty()) {
    return error(QuizErrorCode::kUnknownChannel, "nobody has played a quiz in " + channel);
  }
  return board;
}

}  // namespace lenbot
