#include "bot/quiz/quiz_question.h"

namespace lenbot {

std::string_view kind_name(QuestionKind kind) {
  switch (kind) {
    case QuestionKind::kMultipleChoice:
      return "multiple";
    case QuestionKind::kWhoDidIt:
      return "who";
    case QuestionKind::kFillIn:
      return "fill_in";
  }
  return "";
}

std::string_view answer_type_name(AnswerType type) {
  switch (type) {
    case AnswerType::kPerson:
      return "person";
    case AnswerType::kLocation:
      return "location";
    case AnswerType::kArtifact:
      return "artifact";
    case AnswerType::kFood:
      return "food";
    case AnswerType::kTime:
      return "time";
    case AnswerType::kAnimal:
      return "animal";
    case AnswerType::kPlant:
      return "plant";
  }
  return "";
}

}  // namespace lenbot
