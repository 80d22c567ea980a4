#pragma once
// Question sets in the dev/train JSONL format: {"id","q","gold":[n...],"answer"} for answerable
// questions, no "gold" for unanswerable ones. Gold rules: a fact is right when it cites a gold
// number, or is uncited and [1] is gold ([1] stands for the intro and infobox before the first
// marker); with an empty "gold", when its sentence holds the answer text.
#include <string>
#include <vector>

#include "bot/retrieval/knowledge.h"

namespace lenbot {

struct EvalItem {
  std::string id;  // the item's id; its question text when it has none
  std::string question;
  bool answerable = false;
  std::vector<int> gold;
  std::string answer;
};

// Throws std::runtime_error naming the file and line when a line is not such an object.
std::vector<EvalItem> load_eval_items(const std::string& path);

// Cross-validation fold of the item, fixed by its id (bot/retrieval/folds.h).
int fold_of(const EvalItem& item, int folds);

bool fact_answers(const Fact& fact, const EvalItem& item, const Knowledge& knowledge);
// Whether text (a reply, a quote) holds the answer text, case-insensitively.
bool text_answers(const std::string& text, const EvalItem& item);

}  // namespace lenbot
