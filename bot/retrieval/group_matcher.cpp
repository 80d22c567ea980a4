#include "bot/retrieval/group_matcher.h"

#include <algorithm>

namespace lenbot {

GroupMatcher::GroupMatcher(const Question& q, const Knowledge& k) : groups_(q.groups.size()) {
  for (std::size_t i = 0; i < q.groups.size(); ++i) {
    for (const auto& t : q.groups[i].terms) {
      if (t.id < 0) continue;
      entries_.push_back({t.id, i, t.weight * k.idf(t.id)});
      const auto bit = static_cast<unsigned>(t.id) % 256;
      filter_[bit / 64] |= std::uint64_t{1} << (bit % 64);
    }
  }
  std::sort(entries_.begin(), entries_.end(),
            [](const Entry& a, const Entry& b) { return a.id < b.id; });
}

void GroupMatcher::best_per_group(const std::vector<int>& ids, std::vector<double>& best) const {
  best.assign(groups_, 0.0);
  for (int id : ids) {
    const auto bit = static_cast<unsigned>(id) % 256;
    if (id < 0 || (filter_[bit / 64] >> (bit % 64) & 1U) == 0) continue;
    auto it = std::lower_bound(entries_.begin(), entries_.end(), id,
                               [](const Entry& e, int value) { return e.id < value; });
    for (; it != entries_.end() && it->id == id; ++it) {
      best[it->group] = std::max(best[it->group], it->value);
    }
  }
}

}  // namespace lenbot
