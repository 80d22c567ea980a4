#pragma once
// Chooses the wrong options for a question: three candidates of the answer's type (names with
// names, nouns with nouns, same number when it can, people of the answer's gender when the
// article gives both one), never another name of the answer, never a
// word sharing a word with it, never one the question already mentions. Deterministic.
#include <string>
#include <string_view>
#include <vector>

#include "bot/quiz/aliases.h"
#include "bot/quiz/entity_catalog.h"

namespace lenbot {

struct DistractorRequest {
  std::string_view answer;
  AnswerType type = AnswerType::kArtifact;
  bool is_name = false;
  std::string_view question_text;
  std::string_view seed;  // the question id
};

// Up to `count` distractors; fewer when the pool is too small.
std::vector<std::string> pick_distractors(const DistractorRequest& request,
                                          const EntityCatalog& catalog, const AliasTable& aliases,
                                          std::size_t count = 3);

}  // namespace lenbot
