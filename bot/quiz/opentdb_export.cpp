#include "bot/quiz/opentdb_export.h"

namespace lenbot {
namespace {

constexpr const char* kCategory = "Entertainment: Music (Putin-P series)";

std::string difficulty_of(const QuizQuestion& q) {
  if (q.kind == QuestionKind::kFillIn) return "hard";
  if (q.kind == QuestionKind::kWhoDidIt && q.part <= StoryPart::kPart1) return "easy";
  return "medium";
}

}  // namespace

nlohmann::json export_opentdb(const QuestionBank& bank) {
  nlohmann::json results = nlohmann::json::array();
  for (const auto& q : bank.questions()) {
    if (q.distractors.size() < 3) continue;
    std::vector<std::string> wrong(q.distractors.begin(), q.distractors.begin() + 3);
    results.push_back({{"category", kCategory},
                       {"type", "multiple"},
                       {"difficulty", difficulty_of(q)},
                       {"question", q.neutral_text},
                       {"correct_answer", q.answer},
                       {"incorrect_answers", wrong}});
  }
  return {{"response_code", 0}, {"results", std::move(results)}};
}

}  // namespace lenbot
