#pragma once
// Facts are clauses: ingest splits an article sentence wherever a citation falls. These say
// which neighbouring facts are clauses of one sentence, for the ranker (a clause borrows its
// sentence's words) and for the reply (Len says the whole sentence).
#include "bot/retrieval/knowledge.h"

namespace lenbot {

// True when `later`, the fact right after `earlier` in its paragraph, goes on with the sentence
// `earlier` began: `later` starts in lower case, or `earlier` stops on a comma, semicolon or
// colon ("Although believing it selfish," + "Len finally decided...").
bool same_sentence(const Fact& earlier, const Fact& later);

// The clause before or after `fact` in its sentence, or nullptr when it begins or ends it.
const Fact* clause_before(const Knowledge& knowledge, const Fact& fact);
const Fact* clause_after(const Knowledge& knowledge, const Fact& fact);

}  // namespace lenbot
