#pragma once
// The learned ranker's features of one (question, candidate fact) pair, and of a ranked list's
// first fact for the confidence model. Each is general (no word of any one question) and named;
// docs/retrieval.md gives each one's cross-validated effect.
#include <array>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "bot/retrieval/knowledge.h"
#include "bot/retrieval/question.h"
#include "bot/retrieval/ranker.h"

namespace lenbot {

inline constexpr std::array<std::string_view, 21> kFactFeatureNames = {
    "hand_score",      // log(1 + the hand ranker's score)
    "hand_share",      // its score over the hand ranker's best
    "hand_rank",       // 1 / (1 + its place in the hand ranker's list)
    "coverage",        // share of the question's weight the fact and its context answer
    "direct_share",    // share of the question's words found in the fact itself
    "bm25_fact",       // BM25 (binary term frequency) of the question's groups, per field:
    "bm25_sentence",   //   the fact's whole sentence,
    "bm25_paragraph",  //   its paragraph,
    "bm25_section",    //   its section's name
    "type_match",      // +1 has what why/who/where/when asks for, -1 lacks it, 0 asks nothing
    "person_missing",  // named people found nowhere near the fact
    "story_order",     // "final"/"at first" and the fact is in the last/first part
    "profile",         // an infobox line
    "uncited",         // prose without a citation (intro, summaries)
    "story_position",  // how far into the article (0..1)
    "past_question",   // best share of the question a past fan question about the fact shares
    "past_asked",      // log(1 + how many past questions the fact answers)
    // Events are told in order: "what did you do after X" is answered by the fact after X's.
    "prev_share",   // hand_share of the fact before it in its section
    "next_share",   // hand_share of the fact after it
    "after_prev",   // prev_share when the question asks what came after ("after", "then")
    "before_next",  // next_share when it asks what came before
};

inline constexpr std::array<std::string_view, 9> kConfidenceFeatureNames = {
    "top_logit",        // the learned ranker's score of the first fact
    "margin",           // ...minus the second's
    "hand_confidence",  // the hand ranker's coverage-based confidence (ranker.h)
    "top_coverage",     // share of the question the first fact answers
    "foreign_words",    // question words nothing in the corpus stands for
    "question_words",   // log(1 + content words)
    "top_past",         // the first fact's past-question similarity
    "best_past",        // the best past-question similarity of any fact
    "past_unanswered",  // the best similarity to a past question the article cannot answer
};

// Everything the features of one candidate need besides the fact.
struct CandidateContext {
  const Question& question;
  const Knowledge& knowledge;
  double best_hand_score = 0.0;
  double question_weight = 0.0;  // sum of group_weight over the question
  const std::unordered_map<int, double>* hand_shares = nullptr;  // fact id -> hand_share
};

std::vector<double> fact_features(const CandidateContext& context, const ScoredFact& candidate,
                                  std::size_t hand_rank, double past_similarity, int past_asked);

}  // namespace lenbot
