#include "bot/quiz/hint.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace lenbot {
namespace {

constexpr int kFillInPoints = 15;
constexpr int kOptionPoints = 10;
constexpr int kHintCost = 3;

bool is_letter(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

}  // namespace

std::string hint_mask(std::string_view answer, int level) {
  std::string out(answer);
  std::vector<bool> shown(answer.size(), false);
  for (std::size_t i = 0; i < answer.size(); ++i) {
    if (!is_letter(answer[i])) {
      shown[i] = true;
      continue;
    }
    const bool first = i == 0 || !is_letter(answer[i - 1]);
    const bool last = i + 1 == answer.size() || !is_letter(answer[i + 1]);
    if (level >= 1 && (first || last)) shown[i] = true;
  }
  int extra = std::max(0, level - 1);
  for (std::size_t i = 0; i < answer.size() && extra > 0; ++i) {
    if (!shown[i]) {
      shown[i] = true;
      --extra;
    }
  }
  for (std::size_t i = 0; i < answer.size(); ++i) {
    if (!shown[i]) out[i] = '*';
  }
  return out;
}

int question_points(QuestionKind kind, int hints_used) {
  const int base = kind == QuestionKind::kFillIn ? kFillInPoints : kOptionPoints;
  return std::max(1, base - kHintCost * hints_used);
}

}  // namespace lenbot
