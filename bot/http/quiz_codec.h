#pragma once
// The quiz routes' requests and errors over HTTP. Decoding returns the problem as a value (the
// 400 message); QuizError codes map to statuses here, so every quiz route answers alike:
//   errors -> {"error": "<message>", "code": "<code>"}, the {"error": ...} shape of every route,
//   with "bad_request" as the code of a body or query the decoder refuses.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "bot/http/chat_codec.h"
#include "bot/ingest/article.h"
#include "bot/quiz/quiz_result.h"
#include "bot/wire/http_message.h"

namespace lenbot {

inline constexpr std::size_t kMaxChannelChars = 64;
inline constexpr std::size_t kMaxAnswerChars = kMaxMessageChars;  // the chat's message limit
inline constexpr std::size_t kMaxQuestionIdChars = 128;
inline constexpr int kDefaultLeaderboardLimit = 10;
inline constexpr int kMaxLeaderboardLimit = 50;

// Who plays. `channel` is 1-64 of [A-Za-z0-9._-]: no ':', so web clients cannot reach the
// sessions of the namespaced channels ("discord:1234"). `user` is 1-100 characters, not blank.
struct QuizIds {
  std::string channel;
  std::string user;
};

struct QuizStartRequest {
  QuizIds ids;
  std::optional<StoryPart> until;  // nullopt: the whole story
  bool in_story_order = true;      // "order": "story" (default) or "shuffle"
};

// Either free text (`answer`) or a click (`question_id` + `option`), never both.
struct QuizAnswerRequest {
  QuizIds ids;
  std::string answer;
  std::string question_id;
  std::optional<int> option;  // set for a click: 0-3
};

struct LeaderboardQuery {
  std::string channel;
  int limit = kDefaultLeaderboardLimit;  // 1..kMaxLeaderboardLimit; larger values are capped
};

template <typename T>
struct DecodedQuiz {
  T request;
  std::string error;  // empty when `request` is usable; otherwise the 400 message
  bool ok() const { return error.empty(); }
};

// {"channel", "user"}: hint, skip and stop.
DecodedQuiz<QuizIds> decode_quiz_ids(std::string_view body);
// {"channel", "user", "until"?: "part1".."part4", "order"?: "story" | "shuffle"}.
DecodedQuiz<QuizStartRequest> decode_quiz_start(std::string_view body);
// {"channel", "user", "answer"} or {"channel", "user", "question_id", "option": 0-3}.
DecodedQuiz<QuizAnswerRequest> decode_quiz_answer(std::string_view body);
// ?channel=c&user=u
DecodedQuiz<QuizIds> decode_score_query(const HttpRequest& request);
// ?channel=c&limit=n (limit optional, a whole number >= 1, capped at kMaxLeaderboardLimit)
DecodedQuiz<LeaderboardQuery> decode_leaderboard_query(const HttpRequest& request);

// 400 for what the client sent wrong (bad_user, empty_answer, bad_option), 404 for a channel
// nobody has played in (unknown_channel: the leaderboard does not exist yet), 409 for a request
// that conflicts with the session's state (no_session, no_question, stale_question,
// already_answered, no_questions).
int quiz_error_status(QuizErrorCode code);

// quiz_error_status(error.code) with {"error": message, "code": "<code>"}.
HttpResponse quiz_error_reply(const QuizError& error);

// 400 {"error": message, "code": "bad_request"}: what a decoder refused.
HttpResponse quiz_bad_request(std::string_view message);

}  // namespace lenbot
