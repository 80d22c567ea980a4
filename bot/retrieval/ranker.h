#pragma once
// Scores candidate facts for a question: each content word counts once, by its best term in
// the fact (weight x idf), a little for its neighbours or its section; then the question's type
// and the people it names rerank. Coverage is the share of the question's weight a fact answers.
#include <optional>
#include <vector>

#include "bot/retrieval/fts_matcher.h"
#include "bot/retrieval/knowledge.h"
#include "bot/retrieval/question.h"

namespace lenbot {

struct ScoredFact {
  const Fact* fact = nullptr;
  double score = 0.0;
  double coverage = 0.0;      // 0..1: how much of the question the fact itself answers
  std::vector<bool> matched;  // per question group, matched by the fact or its context
  int sentence_groups = 0;    // question groups the fact or the rest of its sentence matches
  int foreign_groups = 0;     // question words nothing in the corpus stands for
  // Set by the learned ranker on its list's first fact: the calibrated probability that it is
  // right (learned_ranker.h); negative when the list is the hand ranker's.
  double calibrated = -1.0;
};

// The reranker's few global weights. The defaults were chosen by a small grid search over the
// dev questions and the held-out fan questions together (docs/retrieval.md); none names a
// question.
struct RankingWeights {
  double sentence_share = 0.7;  // a word found in the rest of the fact's own sentence
  double context_share = 0.1;   // a word found only in the previous or next sentence
  double section_share = 0.5;   // a word found only in the section's name
  double type_boost = 0.4;      // the fact has what the question type asks for
  double missing_person = 0.7;  // the fact is not about a person the fan named
  double relation_boost = 0.6;  // the relationship section of the person asked about
  double uncited = 0.9;         // summaries restate what cited facts say
  double length_share = 0.3;    // long facts match words by chance
  double coord = 1.0;           // bonus for matching more of the question's words directly
  double pronoun_share = 0.6;   // a person named earlier in the paragraph, met by a pronoun
  // A scene-setting word of the question ("...at the racetrack") found only in the rest of the
  // fact's sentence, or in a neighbouring sentence: the scene is told next to its events.
  double setting_sentence_share = 1.0;
  double setting_context_share = 0.3;
  double setting_direct_share = 0.6;  // ...and found in the fact itself: the scene, not the ask
};

// Best first. Facts not revealed by `until` are left out.
std::vector<ScoredFact> rank_facts(const Question& question, const std::vector<FtsHit>& hits,
                                   const Knowledge& knowledge, std::optional<StoryPart> until,
                                   const RankingWeights& weights = {});

// Whether the fact has what the question's type asks for: a reason for "why", a time for
// "when", a place for "where", someone besides Len and the people named for "who". Always true
// for the other types, which ask for nothing a fact's words can show.
bool has_what_type_asks(const Fact& fact, const Question& question);

// The clause of `fact`'s sentence that answers the question's type: `fact` itself, unless it
// lacks what the type asks for and another clause of its sentence has it ("where does your
// speed come from": "He was also incredibly fast," matched; "...a trait he retained from his
// dog programming" answers).
const Fact& answering_clause(const Question& question, const Fact& fact,
                             const Knowledge& knowledge);

// The hand ranker's confidence in its best fact, 0..1: the share of the question it answers,
// discounted for a lone matched word, for words the corpus never uses, and by match strength.
double hand_confidence(const std::vector<ScoredFact>& ranked);

// Question words no term of which occurs in any fact ("pizza", "minecraft").
int count_foreign_groups(const Question& question);

// The weight a question's group can contribute at most: its best term's weight x idf, and at
// least what the fan's own word is worth (a word the corpus never uses, with no lexicon
// reading, counts as the rarest).
double group_weight(const TermGroup& group, const Knowledge& knowledge);

}  // namespace lenbot
