#pragma once
// What Len says for a fact: the whole article sentence it belongs to (segments split at a
// citation are joined back: a fact starting mid-sentence or after a clause ending on a comma
// takes the clauses before it, one ending on a comma takes the clause after), rewritten into
// his first person.
#include <string>
#include <vector>

#include "bot/retrieval/knowledge.h"

namespace lenbot {

struct FactSpan {
  std::vector<const Fact*> parts;  // in article order; includes the fact itself
  std::string first_person;        // Len's sentence, ready for the renderer
};

FactSpan fact_span(const Knowledge& knowledge, const Fact& fact);

}  // namespace lenbot
