#include "bot/retrieval/spelling.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <utility>
#include <vector>

namespace lenbot {
namespace {

// The distance over three rows of b.size() + 1 cells at `rows` (the one before the previous is
// what a transposition reaches back to).
std::size_t optimal_alignment(std::string_view a, std::string_view b, std::size_t limit,
                              std::size_t* rows) {
  std::size_t* before = rows;
  std::size_t* previous = rows + b.size() + 1;
  std::size_t* row = rows + 2 * (b.size() + 1);
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

// The letters a..z a word holds, one bit each.
std::uint32_t letters_of(std::string_view word) {
  std::uint32_t mask = 0;
  for (char c : word) {
    if (c >= 'a' && c <= 'z') mask |= std::uint32_t{1} << (c - 'a');
  }
  return mask;
}

// A lower bound on the distance of words holding the letters `a` and `b`: every letter of one
// that the other lacks takes an edit of its own (an edit replaces at most one letter by one).
std::size_t letter_bound(std::uint32_t a, std::uint32_t b) {
  return static_cast<std::size_t>(std::max(std::popcount(a & ~b), std::popcount(b & ~a)));
}

}  // namespace

std::size_t damerau_levenshtein(std::string_view a, std::string_view b, std::size_t limit) {
  if (a.size() > b.size() + limit || b.size() > a.size() + limit) return limit + 1;
  // Words are short: their rows fit on the stack, and repair runs this thousands of times.
  constexpr std::size_t kStackRow = 48;
  if (b.size() < kStackRow) {
    std::array<std::size_t, 3 * kStackRow> rows;
    return optimal_alignment(a, b, limit, rows.data());
  }
  std::vector<std::size_t> rows(3 * (b.size() + 1));
  return optimal_alignment(a, b, limit, rows.data());
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
    if (c.idf != best->idf) return c.idf < best->idf;  // the commoner word
    return c.word < best->word;                        // the first in alphabetical order
  };
  // Candidates are sorted by first letter, then length: only the runs of that letter within
  // `limit` letters of the word's length can be near enough.
  const auto by_key = [](const SpellingWord& c, std::pair<char, std::size_t> key) {
    return std::pair(c.word[0], c.word.size()) < key;
  };
  const auto& words = k.spelling_words;
  const auto begin =
      std::lower_bound(words.begin(), words.end(), std::pair(word[0], word.size() - limit), by_key);
  const auto end =
      std::lower_bound(begin, words.end(), std::pair(word[0], word.size() + limit + 1), by_key);
  const std::uint32_t letters = letters_of(word);
  for (auto it = begin; it != end; ++it) {
    // A word farther than the best so far cannot win, so its alignment may stop sooner.
    const std::size_t bound = best == nullptr ? limit : best_distance;
    if (letter_bound(letters, letters_of(it->word)) > bound) continue;
    const std::size_t d = damerau_levenshtein(word, it->word, bound);
    if (d <= bound && better(*it, d)) {
      best = &*it;
      best_distance = d;
    }
  }
  return best == nullptr ? "" : best->word;
}

}  // namespace lenbot
