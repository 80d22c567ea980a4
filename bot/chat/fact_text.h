#pragma once
// What Len says for a fact: the whole article sentence it belongs to (segments split at a
// citation are joined back: a fact starting mid-sentence or after a clause ending on a comma
// takes the clauses before it, one ending on a comma takes the clause after), rewritten into
// his first person.
#include <string>
#include <string_view>
#include <vector>

#include "bot/retrieval/knowledge.h"

namespace lenbot {

struct FactSpan {
  std::vector<const Fact*> parts;  // in article order; includes the fact itself
  std::string first_person;        // Len's sentence, ready for the renderer
};

FactSpan fact_span(const Knowledge& knowledge, const Fact& fact);

// What Len says to answer with `fact` when `answering` (a clause of its sentence, maybe
// `fact` itself) carries what was asked: only the clauses from one to the other, plus the
// clause before when they start mid-sentence ("leading to me being threatened...") and the
// clause after when they stop on a comma. Said as speech (bot/persona/spoken_text.h).
FactSpan answer_span(const Knowledge& knowledge, const Fact& fact, const Fact& answering);

// Word count of `text` (runs of non-spaces): how long a reply reads.
std::size_t word_count(std::string_view text);

}  // namespace lenbot
