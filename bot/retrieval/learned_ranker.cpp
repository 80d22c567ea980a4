#include "bot/retrieval/learned_ranker.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <unordered_set>

#include "bot/retrieval/field_search.h"

namespace lenbot {
namespace {

constexpr double kUnranked = 1000.0;  // the hand-rank place of a fact the hand ranker left out

template <std::size_t N>
std::vector<std::string> names_of(const std::array<std::string_view, N>& names) {
  return {names.begin(), names.end()};
}

bool revealed(const Fact& f, std::optional<StoryPart> until) {
  return !until || static_cast<int>(f.revealed) <= static_cast<int>(*until);
}

}  // namespace

RankerModel load_ranker_model(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read the ranker model " + path);
  const auto json = nlohmann::json::parse(in, nullptr, false);
  if (json.is_discarded()) throw std::runtime_error("the ranker model " + path + " is not JSON");
  try {
    if (json.at("features").get<std::vector<std::string>>() != names_of(kFactFeatureNames) ||
        json.at("confidence_features").get<std::vector<std::string>>() !=
            names_of(kConfidenceFeatureNames)) {
      throw std::runtime_error("feature names differ from this build's; run `lenbot train`");
    }
    RankerModel model;
    model.ranker = logistic_from_json(json.at("ranker"));
    model.confidence = logistic_from_json(json.at("confidence"));
    model.threshold = json.at("threshold").get<double>();
    model.past = past_questions_from_json(json.at("past_questions"));
    return model;
  } catch (const std::exception& e) {
    throw std::runtime_error("the ranker model " + path + ": " + e.what());
  }
}

void save_ranker_model(const RankerModel& model, const std::string& path) {
  const nlohmann::json json = {
      {"note", "written by `lenbot train` from tests/data; do not edit by hand"},
      {"features", names_of(kFactFeatureNames)},
      {"ranker", to_json(model.ranker)},
      {"confidence_features", names_of(kConfidenceFeatureNames)},
      {"confidence", to_json(model.confidence)},
      {"threshold", model.threshold},
      {"past_questions", to_json(model.past)}};
  std::ofstream out(path);
  if (!out) throw std::runtime_error("cannot write " + path);
  out << json.dump(1) << '\n';
}

std::vector<Candidate> candidate_pool(const Question& q, const std::vector<ScoredFact>& hand,
                                      const Knowledge& k, const PastQuestions& past,
                                      const PastSimilarity& similar, std::optional<StoryPart> until,
                                      const std::function<bool(int)>& hidden) {
  std::vector<Candidate> pool;
  if (q.groups.empty()) return pool;
  double weight = 0.0;
  for (const auto& g : q.groups) weight += group_weight(g, k);
  const double best = hand.empty() ? 0.0 : hand.front().score;
  std::unordered_map<int, double> shares;
  for (const auto& s : hand) shares.emplace(s.fact->id, best > 0.0 ? s.score / best : 0.0);
  const FieldScores scores = field_scores(q, k);
  const auto fielded = field_candidates(scores, k, until, kFieldPool);
  std::unordered_map<int, std::size_t> field_ranks;
  for (std::size_t i = 0; i < fielded.size(); ++i) field_ranks.emplace(fielded[i].fact->id, i);
  const CandidateContext context{q, k, best, weight, &shares, &field_ranks, &scores};
  std::unordered_set<int> seen;
  const auto add = [&](const ScoredFact& s, double rank) {
    const auto it = similar.find(s.fact->id);
    const double similarity = it == similar.end() ? 0.0 : it->second;
    pool.push_back({s,
                    fact_features(context, s, static_cast<std::size_t>(rank), similarity,
                                  past.asked(s.fact->id, hidden)),
                    0.0});
    seen.insert(s.fact->id);
  };
  for (std::size_t i = 0; i < hand.size() && i < kHandPool; ++i) {
    add(hand[i], static_cast<double>(i));
  }
  const int foreign = count_foreign_groups(q);
  const auto add_unranked = [&](const Fact* f) {
    if (f == nullptr || seen.contains(f->id) || !revealed(*f, until)) return false;
    const auto in_hand =
        std::find_if(hand.begin(), hand.end(), [f](const ScoredFact& s) { return s.fact == f; });
    if (in_hand != hand.end()) {
      add(*in_hand, static_cast<double>(in_hand - hand.begin()));
    } else {
      ScoredFact s{f, 0.0, 0.0, std::vector<bool>(q.groups.size(), false)};
      s.foreign_groups = foreign;
      add(s, kUnranked);
    }
    return true;
  };
  // The best facts by BM25 over the wider fields: the answer next to the words matched.
  for (const auto& c : fielded) add_unranked(c.fact);
  // The facts told just before and after the best matches (see "prev_share").
  for (std::size_t i = 0; i < hand.size() && i < kNeighbourPool; ++i) {
    for (int step : {-1, 1}) {
      const Fact* n = k.fact(hand[i].fact->id + step);
      if (n != nullptr && n->section == hand[i].fact->section) add_unranked(n);
    }
  }
  // The facts past questions point at most strongly, even when no word of the fact matches.
  std::vector<std::pair<double, int>> pointed;
  for (const auto& [id, similarity] : similar) pointed.emplace_back(-similarity, id);
  std::sort(pointed.begin(), pointed.end());
  std::size_t added = 0;
  for (const auto& [negative, id] : pointed) {
    if (added == kPastPool) break;
    if (add_unranked(k.fact(id))) ++added;
  }
  std::vector<std::vector<double>*> rows;
  for (auto& c : pool) rows.push_back(&c.features);
  fill_gaps(rows);
  return pool;
}

void score_pool(std::vector<Candidate>& pool, const LogisticModel& ranker) {
  for (auto& c : pool) c.logit = ranker.logit(c.features);
  std::sort(pool.begin(), pool.end(), [](const Candidate& a, const Candidate& b) {
    return a.logit != b.logit ? a.logit > b.logit : a.scored.fact->id < b.scored.fact->id;
  });
}

std::vector<double> confidence_features(const Question& q, const std::vector<Candidate>& pool,
                                        const std::vector<ScoredFact>& hand, const Knowledge& k,
                                        const PastSimilarity& similar) {
  double best_past = 0.0;
  double unanswered = 0.0;
  for (const auto& [id, similarity] : similar) {
    (id == kNoFact ? unanswered : best_past) =
        std::max(id == kNoFact ? unanswered : best_past, similarity);
  }
  const auto feature = [&pool](std::string_view name) {
    const auto at = std::find(kFactFeatureNames.begin(), kFactFeatureNames.end(), name);
    return pool.empty()
               ? 0.0
               : pool.front().features[static_cast<std::size_t>(at - kFactFeatureNames.begin())];
  };
  double weight = 0.0, known = 0.0;
  bool names_story = false;
  for (const auto& g : q.groups) {
    const double w = group_weight(g, k);
    weight += w;
    const bool read =
        std::any_of(g.terms.begin(), g.terms.end(), [](const QueryTerm& t) { return t.id >= 0; });
    known += read ? w : 0.0;
    for (const auto& [word, place] : k.places) {
      names_story = names_story ||
                    (place.term_id >= 0 && !g.terms.empty() && g.terms.front().id == place.term_id);
    }
  }
  for (const auto& person : q.people) names_story = names_story || person != "len";
  double top_fields = 0.0;
  for (std::size_t i = 0; i < kFieldCount; ++i) {
    top_fields += kFieldWeights[i] * feature(kFactFeatureNames[5 + i]);
  }
  const double top = pool.empty() ? -10.0 : pool.front().logit;
  const double second = pool.size() < 2 ? top - 5.0 : pool[1].logit;
  return {top,
          top - second,
          hand_confidence(hand),
          pool.empty() ? 0.0 : pool.front().scored.coverage,
          static_cast<double>(count_foreign_groups(q)),
          std::log1p(static_cast<double>(q.groups.size())),
          feature("past_question"),
          best_past,
          unanswered,
          weight > 0.0 ? known / weight : 0.0,
          names_story ? 1.0 : 0.0,
          top_fields,
          feature("direct_share"),
          feature("type_match")};
}

std::vector<ScoredFact> learned_rank(const Question& q, const std::vector<ScoredFact>& hand,
                                     const Knowledge& k, const RankerModel& model,
                                     std::optional<StoryPart> until) {
  const PastSimilarity similar = model.past.similarity(q, k);
  auto pool = candidate_pool(q, hand, k, model.past, similar, until);
  score_pool(pool, model.ranker);
  std::vector<ScoredFact> ranked;
  ranked.reserve(pool.size());
  for (auto& c : pool) {
    ranked.push_back(std::move(c.scored));
    ranked.back().score = 1.0 / (1.0 + std::exp(-c.logit));
  }
  if (!ranked.empty()) {
    ranked.front().calibrated =
        model.confidence.probability(confidence_features(q, pool, hand, k, similar));
  }
  return ranked;
}

}  // namespace lenbot
