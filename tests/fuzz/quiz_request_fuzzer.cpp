// The quiz routes' bodies and queries: decode_quiz_ids, decode_quiz_start, decode_quiz_answer,
// decode_score_query and decode_leaderboard_query. Never an exception; an accepted request has a
// channel of 1-64 of [A-Za-z0-9._-] and either a free-text answer or a click with option 0-3.
#include <algorithm>

#include "bot/http/quiz_codec.h"
#include "tests/fuzz/fuzz_input.h"

namespace {

using lenbot::fuzz::expect;

void expect_ids(const lenbot::QuizIds& ids) {
  expect(!ids.channel.empty() && ids.channel.size() <= lenbot::kMaxChannelChars,
         "channel is 1-64 characters");
  expect(std::all_of(ids.channel.begin(), ids.channel.end(),
                     [](char c) {
                       return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                              (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
                     }),
         "channel holds only [A-Za-z0-9._-]");
  expect(!ids.user.empty(), "user is not empty");
}

// The input's lines as query parameters: "name=value" (a repeated name keeps every value, as
// httplib does).
lenbot::HttpRequest query_request(std::string_view text) {
  lenbot::HttpRequest request;
  request.method = "GET";
  while (!text.empty()) {
    std::string_view line = lenbot::fuzz::take_field(text);
    const std::string_view name = lenbot::fuzz::take_field(line, '=');
    request.params.emplace(std::string(name), std::string(line));
  }
  return request;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view body = lenbot::fuzz::as_text(data, size);

  if (const auto ids = lenbot::decode_quiz_ids(body); ids.ok()) expect_ids(ids.request);
  if (const auto start = lenbot::decode_quiz_start(body); start.ok()) {
    expect_ids(start.request.ids);
  }
  if (const auto answer = lenbot::decode_quiz_answer(body); answer.ok()) {
    const lenbot::QuizAnswerRequest& request = answer.request;
    expect_ids(request.ids);
    if (request.option) {
      expect(*request.option >= 0 && *request.option <= 3, "option is 0-3");
      expect(!request.question_id.empty() && request.answer.empty(), "a click, not text");
    } else {
      expect(!request.answer.empty() && request.question_id.empty(), "text, not a click");
    }
  }

  const lenbot::HttpRequest query = query_request(body);
  if (const auto score = lenbot::decode_score_query(query); score.ok()) expect_ids(score.request);
  if (const auto board = lenbot::decode_leaderboard_query(query); board.ok()) {
    expect(board.request.limit >= 1 && board.request.limit <= lenbot::kMaxLeaderboardLimit,
           "leaderboard limit is 1-50");
  }
  return 0;
}
