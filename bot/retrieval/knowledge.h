#pragma once
// Everything retrieval looks up, loaded once from the index into memory and never changed
// after: facts with their terms, quotes, lemma and expansion tables, the hand lexicon, and
// document frequencies. Shared read-only by every request thread.
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "bot/index/analyzer.h"
#include "bot/index/coreference.h"
#include "bot/ingest/article.h"
#include "bot/retrieval/field_postings.h"
#include "bot/storage/database.h"

namespace lenbot {

struct Fact {
  int id = 0;
  bool profile = false;  // an infobox line rather than article prose
  std::string section;
  StoryPart part = StoryPart::kNone;
  StoryPart revealed = StoryPart::kNone;
  int paragraph = 0;
  std::string text;
  std::vector<int> cites;
  std::unordered_set<std::string> terms;          // stems of its content words
  std::unordered_set<std::string> section_terms;  // stems of its section's name
  // The same as interned ids (Knowledge::term_id), sorted, for the ranker's hot loop.
  std::vector<int> term_ids;
  std::vector<int> section_term_ids;
  std::vector<int> paragraph_term_ids;  // every id used in its paragraph (pronouns' reach)
  // Candidate generation's wider fields (field_search.h): every id of the article sentence the
  // clause belongs to, and of that sentence with the facts told just before and after it in
  // its paragraph (answers are often the next sentence).
  std::vector<int> sentence_term_ids;
  std::vector<int> window_term_ids;
  // Precomputed at load for the reranker: which of the lexicon's people it names (their
  // canonical words), whether it names a place, gives a reason, or says when.
  std::vector<std::string> people;
  bool names_place = false;
  bool gives_reason = false;
  bool says_when = false;
  // Coreference stored at index time: everyone the fact is about, by name or only by reference
  // ("he", "the dog", "the two"), as canonical person words (sorted); their term ids (sorted,
  // -1s left out); and each mention's span in `text`, for rewriting it in the first person.
  std::vector<std::string> persons;
  std::vector<int> person_ids;
  std::vector<Mention> mentions;
  bool has_pronoun = false;  // he/she/him/her/his/they (see persons for whom they mean)
  // "During this", "in response", "afterwards": its scene is the sentence before it.
  bool refers_back = false;
};

struct QuoteRecord {
  int id = 0;
  std::string text, speaker, about, section;
  StoryPart revealed = StoryPart::kPart4;  // as the section it heads
  std::unordered_set<std::string> terms;   // stems of text, about and section
};

struct Expansion {
  std::string word;  // base form the corpus uses (what FTS5 is asked for)
  std::string term;  // its stem
  double weight = 0.0;
  bool curated = false;  // from the hand lexicon rather than WordNet
};

struct NamedThing {
  std::string display;                    // "Camui", "the racetrack"
  StoryPart revealed = StoryPart::kNone;  // earliest part a fact mentioning it is revealed
  std::string stem;                       // its word's stem, as facts hold it
  int term_id = -1;                       // the stem's interned id, -1 when no fact uses it
};

// A word a misspelling may be repaired to (bot/retrieval/spelling.h), and where it comes from:
// the corpus (0), the lexicon's chat spellings (1), WordNet words that reach the corpus (2), or
// any other WordNet word of kMinSpellingLength letters or more (3).
struct SpellingWord {
  std::string word;
  int source = 0;
  double idf = 0.0;  // of its stem among facts; unknown_idf for words no fact uses
};

class Knowledge {
 public:
  // Reads the whole index; throws StorageError when it is not a lenbot index.
  static Knowledge load(Database& index);

  const Fact* fact(int id) const;
  // The fact before/after `id` in the same paragraph, or nullptr.
  const Fact* neighbour(int id, int step) const;
  double idf(const std::string& term) const;
  // The interned id of a stem facts use, or -1; and the idf by id.
  int term_id(const std::string& term) const;
  double idf(int term_id) const {
    return term_id < 0 ? 0.0 : idf_by_id_[static_cast<std::size_t>(term_id)];
  }
  // Stems used anywhere in the fact's paragraph: who "he" and "she" can refer to.
  const std::unordered_set<std::string>& paragraph_terms(const Fact& fact) const;
  // The idf of a word no fact uses: as rare as a word can be.
  double unknown_idf() const { return unknown_idf_; }
  double average_terms() const { return average_terms_; }

  std::vector<Fact> facts;  // facts[i].id == i + 1
  std::vector<QuoteRecord> quotes;
  LemmaMap lemmas;
  std::unordered_set<std::string> vocabulary;  // words and base forms the corpus uses
  std::unordered_map<std::string, std::vector<Expansion>> expansions;  // fan word -> corpus
  std::unordered_map<std::string, std::vector<std::string>> slang;     // word -> words
  std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>> phrases;
  // Each phrase's words as match keys (Porter stems of their base forms), so "drifted apart"
  // and "cherry blossum" still read as the phrases they are.
  std::vector<std::vector<std::string>> phrase_keys;
  // WordNet's two-word verbs ("give up") -> corpus words for them, from the index; not read by
  // the hand-weighted ranker, there for a learned one to weigh.
  std::unordered_map<std::string, std::vector<std::string>> phrasal_verbs;
  // Phrase indices by their first key, ascending: a question reads only phrases it may hold.
  std::unordered_map<std::string, std::vector<std::size_t>> phrases_by_first_key;
  std::unordered_map<std::string, NamedThing> people;  // canonical word -> display
  std::unordered_map<std::string, NamedThing> places;
  std::unordered_map<std::string, Gender> genders;  // canonical person word -> as the article reads
  std::vector<std::pair<std::string, NamedThing>> topics;  // stem -> display
  // 4+ letters, for typos: sorted by first letter, then length, then word.
  std::vector<SpellingWord> spelling_words;
  std::unordered_set<std::string> english_words;   // WordNet's words: never "corrected"
  std::unordered_set<std::string> modifier_words;  // WordNet's adjective/adverb-only words
  FieldPostings field_postings;  // per field, term id -> the facts holding it (field_search.h)

 private:
  static void intern_terms(Knowledge& k);
  static void widen_fields(const Knowledge& k, Fact& f);
  static void collect_spelling_words(Knowledge& k);

  std::unordered_map<std::string, double> idf_;
  std::unordered_map<std::string, int> term_ids_;
  std::vector<double> idf_by_id_;
  std::unordered_map<int, std::unordered_set<std::string>> paragraph_terms_;
  double unknown_idf_ = 0.0;
  double average_terms_ = 1.0;
};

}  // namespace lenbot
