#include "bot/retrieval/clauses.h"

#include <cctype>

namespace lenbot {

bool same_sentence(const Fact& earlier, const Fact& later) {
  const bool later_mid =
      !later.text.empty() && std::islower(static_cast<unsigned char>(later.text.front())) != 0;
  const char last = earlier.text.empty() ? '.' : earlier.text.back();
  return later_mid || last == ',' || last == ';' || last == ':';
}

const Fact* clause_before(const Knowledge& k, const Fact& fact) {
  const Fact* before = k.neighbour(fact.id, -1);
  return before != nullptr && same_sentence(*before, fact) ? before : nullptr;
}

const Fact* clause_after(const Knowledge& k, const Fact& fact) {
  const Fact* after = k.neighbour(fact.id, +1);
  return after != nullptr && same_sentence(fact, *after) ? after : nullptr;
}

}  // namespace lenbot
