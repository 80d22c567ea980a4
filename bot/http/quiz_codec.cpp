#include "bot/http/quiz_codec.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <initializer_list>

#include "bot/http/body_fields.h"

namespace lenbot {
namespace {

bool channel_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '_' || c == '-';
}

std::string check_channel(const std::string& channel) {
  if (!std::all_of(channel.begin(), channel.end(), channel_char)) {
    return "\"channel\" may hold only letters, digits, '.', '_' and '-'";
  }
  return "";
}

std::string read_ids(const nlohmann::json& body, QuizIds& ids) {
  if (auto error = read_text_field(body, "channel", kMaxChannelChars, ids.channel);
      !error.empty()) {
    return error;
  }
  if (auto error = check_channel(ids.channel); !error.empty()) return error;
  return read_text_field(body, "user", kMaxUserChars, ids.user);
}

// Decodes `body` as an object and runs `check(json, request)` on it.
template <typename T, typename Check>
DecodedQuiz<T> decode_object(std::string_view body, Check check) {
  DecodedQuiz<T> decoded;
  JsonBody parsed = parse_json_object(body);
  decoded.error = parsed.value ? check(*parsed.value, decoded.request) : parsed.error;
  return decoded;
}

std::string read_order(const nlohmann::json& body, bool& in_story_order) {
  std::string order;
  if (!read_optional_string(body, "order", order)) return "\"order\" must be a string";
  if (order.empty() || order == "story") return "";
  if (order != "shuffle") return "\"order\" must be \"story\" or \"shuffle\"";
  in_story_order = false;
  return "";
}

std::string read_click(const nlohmann::json& body, QuizAnswerRequest& request) {
  if (auto error = read_text_field(body, "question_id", kMaxQuestionIdChars, request.question_id);
      !error.empty()) {
    return error;
  }
  const auto option = body.find("option");
  if (option == body.end() || !option->is_number_integer() || option->get<std::int64_t>() < 0 ||
      option->get<std::int64_t>() > 3) {
    return "\"option\" must be a whole number from 0 to 3";
  }
  request.option = static_cast<int>(option->get<std::int64_t>());
  return "";
}

std::string read_answer(const nlohmann::json& body, QuizAnswerRequest& request) {
  if (auto error = read_ids(body, request.ids); !error.empty()) return error;
  const bool text = body.contains("answer");
  const bool click = body.contains("question_id") || body.contains("option");
  if (text && click) return "send either \"answer\" or \"question_id\" with \"option\", not both";
  if (click) return read_click(body, request);
  return read_text_field(body, "answer", kMaxAnswerChars, request.answer);
}

// The query parameter `name` as a field of a JSON object, so queries share the body checks.
nlohmann::json query_fields(const HttpRequest& request, std::initializer_list<const char*> names) {
  nlohmann::json fields = nlohmann::json::object();
  for (const char* name : names) {
    if (auto value = request.param(name)) fields[name] = std::string(*value);
  }
  return fields;
}

std::string read_limit(const HttpRequest& request, int& limit) {
  const auto text = request.param("limit");
  if (!text || text->empty()) return "";
  long long value = 0;
  const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (error == std::errc::result_out_of_range && end == text->data() + text->size() &&
      text->front() != '-') {
    value = kMaxLeaderboardLimit;
  } else if (error != std::errc() || end != text->data() + text->size() || value < 1) {
    return "\"limit\" must be a whole number of at least 1";
  }
  limit = static_cast<int>(std::min<long long>(value, kMaxLeaderboardLimit));
  return "";
}

}  // namespace

DecodedQuiz<QuizIds> decode_quiz_ids(std::string_view body) {
  return decode_object<QuizIds>(body, read_ids);
}

DecodedQuiz<QuizStartRequest> decode_quiz_start(std::string_view body) {
  return decode_object<QuizStartRequest>(
      body, [](const nlohmann::json& json, QuizStartRequest& request) {
        if (auto error = read_ids(json, request.ids); !error.empty()) return error;
        if (auto error = read_until(json, request.until); !error.empty()) return error;
        return read_order(json, request.in_story_order);
      });
}

DecodedQuiz<QuizAnswerRequest> decode_quiz_answer(std::string_view body) {
  return decode_object<QuizAnswerRequest>(body, read_answer);
}

DecodedQuiz<QuizIds> decode_score_query(const HttpRequest& request) {
  DecodedQuiz<QuizIds> decoded;
  decoded.error = read_ids(query_fields(request, {"channel", "user"}), decoded.request);
  return decoded;
}

DecodedQuiz<LeaderboardQuery> decode_leaderboard_query(const HttpRequest& request) {
  DecodedQuiz<LeaderboardQuery> decoded;
  auto& query = decoded.request;
  const auto fields = query_fields(request, {"channel"});
  decoded.error = read_text_field(fields, "channel", kMaxChannelChars, query.channel);
  if (decoded.error.empty()) decoded.error = check_channel(query.channel);
  if (decoded.error.empty()) decoded.error = read_limit(request, query.limit);
  return decoded;
}

int quiz_error_status(QuizErrorCode code) {
  switch (code) {
    case QuizErrorCode::kBadUser:
    case QuizErrorCode::kEmptyAnswer:
    case QuizErrorCode::kBadOption:
      return 400;
    case QuizErrorCode::kUnknownChannel:
      return 404;
    case QuizErrorCode::kNoSession:
    case QuizErrorCode::kNoQuestion:
    case QuizErrorCode::kStaleQuestion:
    case QuizErrorCode::kAlreadyAnswered:
    case QuizErrorCode::kNoQuestions:
      return 409;
  }
  return 500;
}

HttpResponse quiz_error_reply(const QuizError& error) {
  return json_reply(quiz_error_status(error.code),
                    {{"error", error.message}, {"code", std::string(error_code_name(error.code))}});
}

HttpResponse quiz_bad_request(std::string_view message) {
  return json_reply(400, {{"error", std::string(message)}, {"code", "bad_request"}});
}

}  // namespace lenbot
