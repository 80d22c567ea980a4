#include "bot/retrieval/field_postings.h"

#include "bot/retrieval/knowledge.h"

namespace lenbot {

const std::vector<int>& field_term_ids(const Fact& f, Field field) {
  switch (field) {
    case Field::kFact:
      return f.term_ids;
    case Field::kSentence:
      return f.sentence_term_ids;
    case Field::kWindow:
      return f.window_term_ids;
    case Field::kParagraph:
      return f.paragraph_term_ids;
    case Field::kSection:
      break;
  }
  return f.section_term_ids;
}

FieldPostings FieldPostings::build(const std::vector<Fact>& facts, std::size_t term_count) {
  FieldPostings built;
  for (std::size_t j = 0; j < kFieldCount; ++j) {
    const auto field = static_cast<Field>(j);
    Postings& p = built.fields_[j];
    // Count, then place: one flat array per field, facts ascending within each term.
    p.offsets.assign(term_count + 1, 0);
    for (const auto& f : facts) {
      for (int id : field_term_ids(f, field)) ++p.offsets[static_cast<std::size_t>(id) + 1];
    }
    for (std::size_t t = 0; t < term_count; ++t) p.offsets[t + 1] += p.offsets[t];
    p.facts.resize(p.offsets[term_count]);
    std::vector<std::size_t> next(p.offsets.begin(), p.offsets.end() - 1);
    for (std::size_t i = 0; i < facts.size(); ++i) {
      for (int id : field_term_ids(facts[i], field)) {
        p.facts[next[static_cast<std::size_t>(id)]++] = static_cast<int>(i);
      }
    }
  }
  return built;
}

std::span<const int> FieldPostings::facts_with(Field field, int term_id) const {
  const Postings& p = fields_[static_cast<std::size_t>(field)];
  if (term_id < 0 || static_cast<std::size_t>(term_id) + 1 >= p.offsets.size()) return {};
  const auto begin = p.offsets[static_cast<std::size_t>(term_id)];
  const auto end = p.offsets[static_cast<std::size_t>(term_id) + 1];
  return {p.facts.data() + begin, end - begin};
}

}  // namespace lenbot
