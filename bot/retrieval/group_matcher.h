#pragma once
// A question's term ids read against a fact's id list in one pass: per group, the best term's
// weight x idf the list holds (the ranker asks this of a fact, its neighbours and its section
// for every candidate, so the question's side is sorted once instead of searched per group).
#include <array>
#include <cstdint>
#include <vector>

#include "bot/retrieval/knowledge.h"
#include "bot/retrieval/question.h"

namespace lenbot {

class GroupMatcher {
 public:
  GroupMatcher(const Question& question, const Knowledge& knowledge);

  // `best[i]`: group i's best weight x idf among `ids`, 0 when none of its terms is there.
  void best_per_group(const std::vector<int>& ids, std::vector<double>& best) const;

 private:
  struct Entry {
    int id;
    std::size_t group;
    double value;
  };
  std::vector<Entry> entries_;  // by id
  // Bit id % 256 set when some entry has it: most of a fact's ids are no question term's.
  std::array<std::uint64_t, 4> filter_{};
  std::size_t groups_;
};

}  // namespace lenbot
