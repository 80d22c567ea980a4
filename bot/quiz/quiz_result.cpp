#include "bot/quiz/quiz_result.h"

namespace lenbot {

std::string_view error_code_name(QuizErrorCode code) {
  switch (code) {
    case QuizErrorCode::kUnknownChannel:
      return "unknown_channel";
    case QuizErrorCode::kBadUser:
      return "bad_user";
    case QuizErrorCode::kNoSession:
      return "no_session";
    case QuizErrorCode::kNoQuestion:
      return "no_question";
    case QuizErrorCode::kStaleQuestion:
      return "stale_question";
    case QuizErrorCode::kAlreadyAnswered:
      return "already_answered";
    case QuizErrorCode::kEmptyAnswer:
      return "empty_answer";
    case QuizErrorCode::kBadOption:
      return "bad_option";
    case QuizErrorCode::kNoQuestions:
      return "no_questions";
  }
  return "";
}

}  // namespace lenbot
