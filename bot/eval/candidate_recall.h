#pragma once
// Candidate generation measured alone: for answerable questions, how often a right fact is
// among the first 5 and 20 of the hand ranker's list and of field_candidates (no fitting, so no
// cross-validation is needed), and in the learned ranker's pool (held out: see cross_validate).
#include <string>
#include <vector>

#include "bot/eval/training.h"

namespace lenbot {

struct CandidateRecall {
  int questions = 0;  // answerable
  int hand_at_5 = 0, hand_at_20 = 0;
  int field_at_5 = 0, field_at_20 = 0;
  int either_at_20 = 0;  // in the first 20 of one list or the other

  // "candidates (answerable n): hand r@5 .. r@20 .. | fields r@5 .. r@20 .. | either@20 .."
  std::string summary() const;
};

CandidateRecall candidate_recall(const std::vector<TrainingQuestion>& questions,
                                 const Knowledge& knowledge);

}  // namespace lenbot
