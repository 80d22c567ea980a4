#pragma once
// What a who/where question asked, said before Len's sentence: "Irina's comrade did." for
// "who shot you?", "In Japan." for "where did you live?".
#include <optional>
#include <string>
#include <string_view>

#include "bot/retrieval/knowledge.h"
#include "bot/retrieval/question.h"

namespace lenbot {

// For "who": the one person the answering clause names (by name or description, not a
// pronoun) who is neither Len nor named by the fan, when the clause holds what was asked;
// "X did." when the fan asked who did something, "X." when they asked who someone was or whom
// Len did something to. For "where": the place phrase of `answer` ("in Japan", "near Tokyo
// Dome") that the fan did not name, again only when the clause holds what was asked. nullopt
// otherwise, and when `answer` already opens with it.
std::optional<std::string> answer_head(const Knowledge& k, const Question& q, const Fact& answering,
                                       std::string_view answer);

}  // namespace lenbot
