#include "bot/retrieval/spelling.h"

#include <algorithm>
#include <vector>

namespace lenbot {

std::size_t damerau_levenshtein(std::string_view a, std::string_view b, std::size_t limit) {
  if (a.size() > b.size() + limit || b.size() > a.size() + limit) return limit + 1;
  // Three rows: the one before the previous is what a transposition reaches back to.
  std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    row[0] = i;
    std::size_t best = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      row[j] = std::min({previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        row[j] = std::min(row[j], before[j - 2] + 1);
      }
      best = std::min(best, row[j]);
    }
    if (best > limit) return limit + 1;
    std::swap(before, previous);
    std::swap(previous, row);
  }
  return previous[b.size()];
}

std::string repair_spelling(const std::string& word, const Knowledge& k) {
  if (word.size() < kMinRepairLength ||
      std::any_of(word.begin(), word.end(), [](char c) { return c < 'a' || c > 'z'; })) {
    return "";
  }
  const std::size_t limit = word.size() >= 8 ? 2 : 1;
  const SpellingWord* best = nullptr;
  std::size_t best_distance = limit + 1;
  const auto better = [&](const SpellingWord& c, std::size_t d) {
    if (best == nullptr || d != best_distance) return d < best_distance;
    if (c.source != best->source) return c.source < best->source;
    return c.idf < best->idf;  // the commoner word
  };
  // Candidates are sorted by first letter: only that letter's run is read.
  const auto first =
      std::lower_bound(k.spelling_words.begin(), k.spelling_words.end(), word[0],
                       [](const SpellingWord& c, char letter) { return c.word[0] < letter; });
  for (auto it = first; it != k.spelling_words.end() && it->word[0] == word[0]; ++it) {
    const std::size_t d = damerau_levenshtein(word, it->word, limit);
    if (d <= limit && better(*it, d)) {
      best = &*it;
      best_distance = d;
    }
  }
  return best == nullptr ? "" : best->word;
}

}  // namespace lenbot
