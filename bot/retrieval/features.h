#pragma once
// The learned ranker's features of one (question, candidate fact) pair, and of a ranked list's
// first fact for the confidence model. Each is general (no word of any one question) and named;
// docs/retrieval.md gives each one's cross-validated effect.
#include <array>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "bot/retrieval/field_search.h"
#include "bot/retrieval/knowledge.h"
#include "bot/retrieval/question.h"
#include "bot/retrieval/ranker.h"

namespace lenbot {

inline constexpr std::array<std::string_view, 36> kFactFeatureNames = {
    "hand_score",      // log(1 + the hand ranker's score)
    "hand_share",      // its score over the hand ranker's best
    "hand_rank",       // 1 / (1 + its place in the hand ranker's list)
    "coverage",        // share of the question's weight the fact and its context answer
    "direct_share",    // share of the question's words found in the fact itself
    "bm25_fact",       // BM25 (binary term frequency) of the question's groups, per field
    "bm25_sentence",   //   (field_search.h): the fact, its whole sentence, the sentence with
    "bm25_window",     //   the ones before and after, its paragraph, its section's name
    "bm25_paragraph",  //
    "bm25_section",    //
    "field_rank",      // 1 / (1 + its place among field_candidates), 0 when not among them
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
    // Coreference (index time): who the fact is about, named or only as "he"/"the dog".
    "person_about",  // share of the people the question names that the fact is about
    "len_about",     // the question is put to "you" and the fact is about Len
    "other_about",   // ...and the fact is about nobody but other people
    // What the question asks apart from who it names and the scene it sets, and where that
    // scene is told ("what did camui pull out | after you kicked his gun away": the scene is
    // the fact before the answer). Shares of the groups' weight found in a fact's own words.
    "content_share",  // groups naming no person and setting no scene, in the fact
    "scene_share",    // scene-setting groups, in the fact
    "scene_before",   // scene-setting groups in the fact before, when the question asks "after"
    "scene_after",    // ...in the fact after, when it asks "before"
    // The same evidence against the best of the pool (value minus the pool's highest): how
    // strong a match is depends on the question, so a pointwise model needs it relative.
    "fact_gap",      // bm25_fact
    "sentence_gap",  // bm25_sentence
    "window_gap",    // bm25_window
    "coverage_gap",  // coverage
    "past_gap",      // past_question
    "content_gap",   // content_share
};

// Which feature each gap feature is taken from, in order (fill_gaps).
inline constexpr std::array<std::string_view, 6> kGapOf = {
    "bm25_fact", "bm25_sentence", "bm25_window", "coverage", "past_question", "content_share"};

inline constexpr std::array<std::string_view, 14> kConfidenceFeatureNames = {
    "top_logit",        // the learned ranker's score of the first fact
    "margin",           // ...minus the second's
    "hand_confidence",  // the hand ranker's coverage-based confidence (ranker.h)
    "top_coverage",     // share of the question the first fact answers
    "foreign_words",    // question words nothing in the corpus stands for
    "question_words",   // log(1 + content words)
    "top_past",         // the first fact's past-question similarity
    "best_past",        // the best past-question similarity of any fact
    "past_unanswered",  // the best similarity to a past question the article cannot answer
    "known_weight",     // share of the question's weight with a reading the corpus uses
    "names_story",      // the question names a person or place of the story
    "top_fields",       // the first fact's combined BM25 over its fields (field_search.h)
    "top_direct",       // share of the question's words found in the first fact itself
    "top_type",         // the first fact's type_match
};

// Everything the features of one candidate need besides the fact.
struct CandidateContext {
  const Question& question;
  const Knowledge& knowledge;
  double best_hand_score = 0.0;
  double question_weight = 0.0;  // sum of group_weight over the question
  const std::unordered_map<int, double>* hand_shares = nullptr;       // fact id -> hand_share
  const std::unordered_map<int, std::size_t>* field_ranks = nullptr;  // fact id -> place
  const FieldScores* field_scores = nullptr;                          // computed here when null
};

// Every feature but the gaps (left 0 until fill_gaps sees the whole pool).
std::vector<double> fact_features(const CandidateContext& context, const ScoredFact& candidate,
                                  std::size_t hand_rank, double past_similarity, int past_asked);
// Sets the gap features of a pool's feature rows.
void fill_gaps(std::vector<std::vector<double>*>& rows);

}  // namespace lenbot
