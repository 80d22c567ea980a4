#include "bot/retrieval/retriever.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "bot/index/porter_stemmer.h"

namespace lenbot {
namespace {

constexpr int kCandidateLimit = 1000;  // every fact that matches; there are a few hundred
constexpr double kMinFtsWeight = 0.3;
constexpr std::size_t kMaxFtsWords = 24;
constexpr double kSecondFactShare = 0.8;  // a second fact must score this close to the first
constexpr double kNearTieShare = 0.92;    // ...or this close when it adds no word of the question
constexpr std::array<std::string_view, 12> kQuoteWords = {
    "line",   "lines", "quote", "quotes", "motto",  "catchphrase",
    "saying", "said",  "say",   "words",  "slogan", "phrase"};

// The words FTS5 is asked for: each group's terms heavy enough to decide a ranking, at most
// kMaxFtsWords in all. Every OR'ed word costs FTS5 a doclist merge, and light expansions only
// ever matter for facts that heavier words already bring in.
std::vector<std::string> fts_words(const Question& q, bool skip_quote_words) {
  std::vector<std::pair<double, std::string>> weighted;
  for (const auto& g : q.groups) {
    if (skip_quote_words &&
        std::find(kQuoteWords.begin(), kQuoteWords.end(), g.source) != kQuoteWords.end()) {
      continue;
    }
    for (const auto& t : g.terms) {
      if (t.weight >= kMinFtsWeight) weighted.emplace_back(t.weight, t.word);
    }
  }
  std::stable_sort(weighted.begin(), weighted.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::string> words;
  for (const auto& [weight, word] : weighted) {
    if (words.size() == kMaxFtsWords) break;
    if (std::find(words.begin(), words.end(), word) == words.end()) words.push_back(word);
  }
  return words;
}

bool revealed_by(StoryPart revealed, std::optional<StoryPart> until) {
  return !until || static_cast<int>(revealed) <= static_cast<int>(*until);
}

}  // namespace

// The learned ranker's calibrated estimate when it ranked the list, else the hand ranker's.
double confidence_of(const std::vector<ScoredFact>& ranked) {
  if (ranked.empty()) return 0.0;
  if (ranked.front().calibrated >= 0.0) return std::clamp(ranked.front().calibrated, 0.0, 1.0);
  return hand_confidence(ranked);
}

Retriever::Retriever(const Knowledge& knowledge, const std::string& index_path,
                     RankingWeights weights, const RankerModel* model)
    : knowledge_(knowledge), matcher_(index_path), weights_(weights), model_(model) {}

std::vector<ScoredFact> Retriever::rank_by_hand(const Question& q, std::optional<StoryPart> until) {
  const auto hits = matcher_.match_facts(fts_words(q, false), kCandidateLimit);
  return rank_facts(q, hits, knowledge_, until, weights_);
}

std::vector<ScoredFact> Retriever::rank(const Question& q, std::optional<StoryPart> until) {
  auto hand = rank_by_hand(q, until);
  if (model_ == nullptr) return hand;
  return learned_rank(q, hand, knowledge_, *model_, until);
}

double Retriever::threshold() const {
  return model_ != nullptr ? model_->threshold : kConfidenceThreshold;
}

std::optional<FactAnswer> Retriever::find_facts(const std::vector<ScoredFact>& ranked) const {
  const double confidence = confidence_of(ranked);
  if (ranked.empty() || confidence < threshold()) return std::nullopt;
  FactAnswer answer{{ranked.front().fact}, confidence};
  // A second fact when it answers a part of the question the first does not, or when the two
  // are a near tie: two readings of the question the ranker cannot tell apart, so say both.
  const auto& top = ranked.front();
  for (std::size_t i = 1; i < ranked.size() && i < 4; ++i) {
    const auto& other = ranked[i];
    if (other.score < kSecondFactShare * top.score) break;
    if (std::abs(other.fact->id - top.fact->id) <= 1) continue;
    bool adds = false;
    for (std::size_t g = 0; g < other.matched.size(); ++g) {
      adds = adds || (other.matched[g] && !top.matched[g]);
    }
    if (adds || other.score >= kNearTieShare * top.score) {
      answer.facts.push_back(other.fact);
      break;
    }
  }
  return answer;
}

std::optional<QuoteAnswer> Retriever::find_quote(const Question& q,
                                                 std::optional<StoryPart> until) {
  const auto& quotes = knowledge_.quotes;
  if (quotes.empty()) return std::nullopt;
  Question content = q;
  std::erase_if(content.groups, [](const TermGroup& g) {
    return std::find(kQuoteWords.begin(), kQuoteWords.end(), g.source) != kQuoteWords.end();
  });
  if (content.groups.empty()) {
    // "What's your motto?": the line the article opens with.
    if (revealed_by(quotes.front().revealed, until)) return QuoteAnswer{&quotes.front(), 1.0};
    return std::nullopt;
  }
  // Words only quotes use are as rare as words get: they weigh the most, not nothing.
  const auto quote_idf = [this](const QueryTerm& t) {
    return t.id >= 0 ? knowledge_.idf(t.id) : knowledge_.unknown_idf();
  };
  double total = 0.0;
  for (const auto& g : content.groups) {
    double best_term = 0.0;
    for (const auto& t : g.terms) best_term = std::max(best_term, t.weight * quote_idf(t));
    total += best_term;
  }
  const QuoteRecord* best = nullptr;
  double best_score = 0.0;
  for (const auto& hit : matcher_.match_quotes(fts_words(content, true), kCandidateLimit)) {
    const QuoteRecord& quote = quotes[static_cast<std::size_t>(hit.id - 1)];
    if (!revealed_by(quote.revealed, until)) continue;
    double score = 0.0;
    for (const auto& g : content.groups) {
      double best_term = 0.0;
      for (const auto& t : g.terms) {
        if (quote.terms.contains(t.term)) best_term = std::max(best_term, t.weight * quote_idf(t));
      }
      score += best_term;
    }
    if (score > best_score) {
      best_score = score;
      best = &quote;
    }
  }
  if (best == nullptr || total <= 0.0) return std::nullopt;
  const double coverage = best_score / total;
  if (coverage < kConfidenceThreshold) return std::nullopt;
  return QuoteAnswer{best, std::min(1.0, coverage)};
}

std::vector<std::string> Retriever::suggestions(const std::vector<ScoredFact>& ranked,
                                                std::optional<StoryPart> until,
                                                std::uint64_t seed) const {
  std::vector<std::string> picked;
  const auto& topics = knowledge_.topics;
  if (topics.empty()) return picked;
  const auto add = [&](const NamedThing& topic) {
    if (picked.size() < 2 && revealed_by(topic.revealed, until) &&
        std::find(picked.begin(), picked.end(), topic.display) == picked.end()) {
      picked.push_back(topic.display);
    }
  };
  // Nearby first: topics the question's best partial matches talk about.
  for (std::size_t i = 0; i < ranked.size() && i < 5; ++i) {
    for (const auto& [stem, topic] : topics) {
      if (ranked[i].fact->terms.contains(stem)) add(topic);
    }
  }
  for (std::size_t i = 0; i < topics.size() && picked.size() < 2; ++i) {
    add(topics[(seed + i) % topics.size()].second);
  }
  return picked;
}

}  // namespace lenbot
