#include "bot/quiz/answer_matcher.h"

#include <algorithm>
#include <vector>

#include "bot/quiz/answer_text.h"

namespace lenbot {
namespace {

constexpr std::size_t kNoTypoBelow = 4;
constexpr std::size_t kTwoTyposFrom = 7;

Verdict compare_text(std::string_view normalized_reply, std::string_view target) {
  const auto normalized_target = normalize_answer(target);
  if (normalized_target.empty()) return Verdict::kWrong;
  if (normalized_reply == normalized_target) return Verdict::kCorrect;
  const auto budget = allowed_edits(normalized_target.size());
  if (budget > 0 && edit_distance(normalized_reply, normalized_target) <= budget) {
    return Verdict::kNearMiss;
  }
  return Verdict::kWrong;
}

}  // namespace

std::size_t allowed_edits(std::size_t length) {
  if (length < kNoTypoBelow) return 0;
  return length < kTwoTyposFrom ? 1 : 2;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  const std::size_t n = a.size();
  const std::size_t m = b.size();
  std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[n][m];
}

int parse_option(std::string_view reply, std::size_t option_count) {
  const auto text = normalize_answer(reply);
  if (text.size() != 1) return -1;
  int index = -1;
  if (text[0] >= 'a' && text[0] <= 'z') index = text[0] - 'a';
  if (text[0] >= '1' && text[0] <= '9') index = text[0] - '1';
  return index >= 0 && static_cast<std::size_t>(index) < option_count ? index : -1;
}

Grade grade_answer(const QuizQuestion& question, std::string_view reply,
                   const AliasTable& aliases) {
  Grade grade;
  if (!question.options.empty()) {
    grade.option = parse_option(reply, question.options.size());
    if (grade.option >= 0) {
      grade.verdict = grade.option == question.correct_option ? Verdict::kCorrect : Verdict::kWrong;
      return grade;
    }
  }
  const auto text = normalize_answer(reply);
  if (text.empty()) return grade;
  // An exact hit on a wrong option beats a typo-distance hit on the answer.
  for (const auto& option : question.options) {
    if (!aliases.same_entity(option, question.answer) && normalize_answer(option) == text) {
      return grade;
    }
  }
  auto names = aliases.names_of(question.answer);
  names.push_back(question.answer);
  for (const auto& name : names) {
    const auto verdict = compare_text(text, name);
    if (verdict == Verdict::kCorrect) {
      grade.verdict = verdict;
      return grade;
    }
    if (verdict == Verdict::kNearMiss) grade.verdict = verdict;
  }
  return grade;
}

}  // namespace lenbot
