#pragma once
// WordNet 3.0 -> the lemma and synonym tables the indexer stores in SQLite. Runs once at index
// time over the article's vocabulary; at query time only the stored tables are looked up.
//
// Reads WordNet's files directly (bot/index/wordnet_data.h) instead of calling libwordnet: the
// library's per-word calls took ~500 ms for this vocabulary against a ~150 ms budget, and its
// global state is not thread-safe. This builds the tables for the article's ~1,050 base forms in
// 45-75 ms (2 shared cores, RelWithDebInfo), most of it index look-ups for candidate words.
#include <set>
#include <string>
#include <vector>

#include "bot/index/wordnet_data.h"

namespace lenbot {

// An irregular inflection and its base form: stole->steal, men->man, better->good.
struct LemmaRow {
  std::string form;
  std::string lemma;
};

// A fan's word (lowercase base form) -> a term the corpus uses, how much to trust the swap, and
// the WordNet relation behind it (one of the kRelation* names below).
struct SynonymRow {
  std::string word;
  std::string target;
  double weight = 0.0;
  std::string relation;
};

struct WordNetTables {
  std::vector<LemmaRow> lemmas;      // sorted by form, then lemma
  std::vector<SynonymRow> synonyms;  // sorted by word, then weight descending
};

// How a fan's word W reaches a corpus term T, and the base weight of each relation:
// - synonym 0.9: W shares a synset with T, the same meaning in that sense.
// - hyponym 0.7: W names a kind of T ("swipe", "filch" are ways to steal; "buddy" a friend); a
//   passage about T covers it, but T may be broader than what the fan asks.
// - similar 0.6: adjective W is a satellite "similar to" T's head synset.
// - derivation 0.5: W is the word a derivation pointer links to T in another part of speech
//   ("stealing" -> "steal"); 0.4 for the other members of W's synset ("theft", "larceny"), the
//   same nominalisation one step looser. The part of speech shift loosens the meaning.
// - co_hypernym 0.35: W and T both generalise one synset ("puppy" is a kind of "pup" and of
//   "dog"), so their meanings overlap without either containing the other.
// - antonym 0.35: W is T's opposite ("admit" for "deny"): a fan asking whether Len ever
//   admits he is sad is answered by the fact that he denies it.
// Hypernyms (W more general than T: "take" for "steal") are left out: each general word would
// reach every specific corpus term below it and crowd out its own meaning.
// Each base weight is scaled by sense_factor(T's rank of the synset) * sense_factor(W's rank),
// sense_factor(r) = 1 / (1 + r / 2) with r the 0-based position in WordNet's sense order (most
// frequent in tagged text first): what the article and the fan most likely mean weighs most.
// A part of speech of T or W with no sense in the tagged texts while another has some (noun
// "steal" or "buy", a bargain, beside the verbs) halves the weight again: the article or the
// fan almost surely means the other one.
inline constexpr const char* kRelationSynonym = "synonym";
inline constexpr const char* kRelationHyponym = "hyponym";
inline constexpr const char* kRelationSimilar = "similar";
inline constexpr const char* kRelationDerivation = "derivation";
inline constexpr const char* kRelationCoHypernym = "co_hypernym";
inline constexpr const char* kRelationAntonym = "antonym";

// Only T's first kMaxTermSenses senses per part of speech are followed; rows lighter than
// kMinSynonymWeight are dropped; synsets with more than kMaxHyponyms hyponyms (person, move) are
// too general to expand; each fan word keeps its kMaxTargetsPerWord heaviest targets.
inline constexpr int kMaxTermSenses = 6;
inline constexpr double kMinSynonymWeight = 0.12;
inline constexpr size_t kMaxHyponyms = 40;
inline constexpr size_t kMaxTargetsPerWord = 5;

// Builds both tables for `corpus_terms` (lowercase base forms of the article's words). Lemma
// rows are all of WordNet's exception lists (verb, noun, adj, adv) restricted to single
// lowercase words, whatever the corpus. Synonym rows map single lowercase words, never function
// words or a term onto itself, onto corpus terms, per the relations and limits above. Opens
// default_wordnet_dir(). Not thread-safe by contract (call once); throws WordNetError when the
// dictionary can't be opened.
WordNetTables build_wordnet_tables(const std::set<std::string>& corpus_terms);

// The same over an already opened dictionary (safe to call concurrently on one WordNetData).
WordNetTables build_wordnet_tables(const WordNetData& wordnet,
                                   const std::set<std::string>& corpus_terms);

}  // namespace lenbot
