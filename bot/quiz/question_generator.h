#pragma once
// Generates quiz questions from the plot segments (Russia era, Parts 1-4), in article order.
// From each stand-alone sentence (see sentence.h) it makes up to three questions:
//   who-did-it  when the sentence opens with a named person and a verb: "Who stole ...?";
//   multiple choice  blanking a typed proper name ("... a hug in ___.") or, every other time,
//                    a typed common noun; four options, distractors of the answer's type;
//   fill-in     blanking a typed common noun ("Len threw his ___ at Camui.").
// Questions are asked in Len's first person (the chat's rewrite, bot/persona/person_rewrite.h:
// "I threw my ___ at Camui."), except a "who" question answered by Len, which would give itself
// away; `neutral_text` keeps the third person. No question contains its answer, and the answer
// always occurs in the source segment. Same article and aliases -> same questions, ids and options.
#include <vector>

#include "bot/ingest/article.h"
#include "bot/quiz/aliases.h"
#include "bot/quiz/entity_catalog.h"
#include "bot/quiz/quiz_question.h"

namespace lenbot {

std::vector<QuizQuestion> generate_questions(const Article& article, const AliasTable& aliases,
                                             const EntityCatalog& catalog);

}  // namespace lenbot
