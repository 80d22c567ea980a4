#pragma once
// What a who/where/when question asked, said first: "Irina's comrade did." for "who shot
// you?", "In Japan." for "where did you live?", the time clause fronted for "when".
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

// `answer` reworded to say what was asked first; nullopt when it already does or nothing fits.
// who -> answer_head before the sentence ("Irina did. I was ..."); where -> the place said
// once, first ("Near Tokyo Dome. I ran and caught up to Rin, pulling her into a hug."); when ->
// the time clause moved to the front (time_first).
std::optional<std::string> answer_first(const Knowledge& k, const Question& q,
                                        const Fact& answering, std::string_view answer);

// For "when": a one-sentence answer whose time clause ("after ...", "when ...", "before ...")
// comes after its main clause says it first: "I began to like Rin after she gave me chocolate,
// despite her abuse." -> "After she gave me chocolate, I began to like Rin, despite her
// abuse." nullopt when it opens with a time word already, has quotes or more sentences, or
// holds no such clause past its first few words.
std::optional<std::string> time_first(std::string_view answer);

}  // namespace lenbot
