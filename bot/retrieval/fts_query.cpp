#include "bot/retrieval/fts_query.h"

#include <set>

namespace lenbot {

std::string build_match_expression(const std::vector<std::string>& words) {
  std::string expression;
  std::set<std::string> seen;
  for (const auto& word : words) {
    if (word.empty() || !seen.insert(word).second) continue;
    if (!expression.empty()) expression += " OR ";
    expression += '"';
    for (char c : word) {
      if (c == '"') expression += '"';
      expression += c == '\0' ? ' ' : c;
    }
    expression += '"';
  }
  return expression;
}

}  // namespace lenbot
