#pragma once
// The five fields of a fact that candidate generation searches (field_search.h), and per field
// an inverted index from term id to the facts holding it, built once when the index is loaded:
// a question's BM25 then reads only the facts that hold one of its terms.
#include <cstddef>
#include <span>
#include <vector>

namespace lenbot {

struct Fact;

enum class Field { kFact, kSentence, kWindow, kParagraph, kSection };
inline constexpr std::size_t kFieldCount = 5;

// The fact's sorted term ids in `field`.
const std::vector<int>& field_term_ids(const Fact& fact, Field field);

class FieldPostings {
 public:
  // `facts[i]` must have id i + 1; term ids run from 0 to `term_count` - 1.
  static FieldPostings build(const std::vector<Fact>& facts, std::size_t term_count);

  // Indices (fact id - 1) of the facts whose `field` holds `term_id`, ascending; empty for an
  // id out of range (-1: a word no fact uses).
  std::span<const int> facts_with(Field field, int term_id) const;

 private:
  // Compressed rows per field: the facts of term t are facts_[offsets_[t]..offsets_[t + 1]).
  struct Postings {
    std::vector<std::size_t> offsets;
    std::vector<int> facts;
  };
  Postings fields_[kFieldCount];
};

}  // namespace lenbot
