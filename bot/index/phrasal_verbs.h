#pragma once
// WordNet's two-word verbs ("give_up", "break_loose", "beat_up", "run_off") read as the words
// the article uses for them: a fan's "beat up" reaches the article's "defeat" and its "ran
// away" the article's "fled". Built once at index time from WordNet's collocations and stored;
// Knowledge::phrasal_verbs holds them for a ranker feature (read as phrases they cost held-out
// questions: docs/retrieval.md).
#include <set>
#include <string>
#include <vector>

#include "bot/index/wordnet_data.h"

namespace lenbot {

struct PhrasalVerb {
  std::string phrase;  // "give up": verb, space, particle or other word
  std::vector<std::string>
      targets;  // corpus words for it, the verb itself first if the corpus uses it
};

// Every two-word verb of WordNet whose first word is a verb and whose first
// kPhrasalVerbSenses senses (or their direct hypernyms) have a one-word member the corpus uses
// (`corpus_words`: its words and base forms). Sorted by phrase.
inline constexpr std::size_t kPhrasalVerbSenses = 2;
std::vector<PhrasalVerb> phrasal_verbs(const WordNetData& wordnet,
                                       const std::set<std::string>& corpus_words);

}  // namespace lenbot
