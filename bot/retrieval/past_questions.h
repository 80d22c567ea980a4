#pragma once
// Fans' earlier questions as a searchable field of the facts that answered them, the way FAQ
// bots learn alternate phrasings (QnA Maker): a new question is compared with the past
// questions attached to each fact. Each past question has an owner (its index in the training
// data) so cross-validation can hide a question's own text, or its whole fold, from it.
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "bot/retrieval/question.h"

namespace lenbot {

struct PastQuestion {
  int owner = -1;                  // who asked it (an index into the training questions)
  std::vector<int> facts;          // the facts that answer it
  std::vector<std::string> stems;  // its content words and their sure readings, as stems
};

// The "fact" a past question the article cannot answer is attached to ("what's your fave
// food"): a new question like it is likely unanswerable too.
inline constexpr int kNoFact = 0;

// Per fact id, the best share of a question's words one of its past questions shares.
using PastSimilarity = std::unordered_map<int, double>;

class PastQuestions {
 public:
  // `question` as analysed; its groups' terms weighing at least kStoredWeight are kept.
  void add(int owner, const Question& question, std::vector<int> facts);
  void add(PastQuestion entry);

  // Per fact, the best idf-weighted share of `question`'s words one of its past questions
  // shares (0..1). Past questions whose owner `hidden` says is hidden are skipped.
  PastSimilarity similarity(const Question& question, const Knowledge& knowledge,
                            const std::function<bool(int)>& hidden = {}) const;
  // How many past questions not hidden answer the fact.
  int asked(int fact_id, const std::function<bool(int)>& hidden = {}) const;

  const std::vector<PastQuestion>& entries() const { return entries_; }

 private:
  std::vector<PastQuestion> entries_;
  std::unordered_map<std::string, std::vector<int>> postings_;  // stem -> entries
  std::unordered_map<int, std::vector<int>> by_fact_;           // fact -> entries
};

inline constexpr double kStoredWeight = 0.5;

nlohmann::json to_json(const PastQuestions& past);
PastQuestions past_questions_from_json(const nlohmann::json& json);

}  // namespace lenbot
