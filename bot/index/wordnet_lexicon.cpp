#include "bot/index/wordnet_lexicon.h"

#include <algorithm>
#include <functional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "bot/text/stop_words.h"

namespace lenbot {
namespace {

constexpr double kSynonymWeight = 0.9;
constexpr double kHyponymWeight = 0.7;
constexpr double kSimilarWeight = 0.6;
constexpr double kDerivationWeight = 0.5;
constexpr double kDerivationSynonymWeight = 0.4;
constexpr double kCoHypernymWeight = 0.35;
constexpr double kAntonymWeight = 0.35;
constexpr double kUntaggedPosFactor = 0.5;
constexpr size_t kMinWordLength = 3;  // two-letter WordNet words are abbreviations (ab, ad, ma)

double sense_factor(size_t rank) { return 1.0 / (1.0 + static_cast<double>(rank) / 2.0); }

bool is_plain_lowercase_word(std::string_view word) {
  return !word.empty() &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// A word worth storing as a fan's word: one lowercase word (capitalised members are names),
// long enough, not a function word.
bool is_mappable_word(std::string_view word) {
  return word.size() >= kMinWordLength && is_plain_lowercase_word(word) && !is_function_word(word);
}

std::vector<LemmaRow> build_lemma_rows(const WordNetData& wordnet) {
  std::set<std::pair<std::string_view, std::string_view>> pairs;
  for (const WordNetPos pos : kAllWordNetPos) {
    for (const auto& [form, lemma] : wordnet.exceptions(pos)) {
      if (form != lemma && is_plain_lowercase_word(form) && is_plain_lowercase_word(lemma)) {
        pairs.emplace(form, lemma);
      }
    }
  }
  std::vector<LemmaRow> rows;
  rows.reserve(pairs.size());
  for (const auto& [form, lemma] : pairs) rows.push_back({std::string(form), std::string(lemma)});
  return rows;
}

// One way a fan's word reaches a corpus term. Words view the memory-mapped dictionary and terms
// point into the caller's set, so gathering copies no strings.
struct Candidate {
  std::string_view word;
  const std::string* term = nullptr;
  double weight = 0.0;
  const char* relation = nullptr;
};

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Gathers every (fan word, corpus term) candidate, then keeps the best per pair and caps each
// word's fan-out.
class SynonymCollector {
 public:
  explicit SynonymCollector(const WordNetData& wordnet) : wordnet_(wordnet) {}

  void collect(const std::string& term);
  std::vector<SynonymRow> capped_rows();

 private:
  void collect_sense(const std::string& term, WordNetPos pos, uint32_t offset, double factor);
  void add_derivation(const WordNetPointer& pointer, const std::string& term, double factor);
  void add_members(const WordNetSynset& synset, WordNetPos pos, uint32_t offset,
                   const std::string& term, double weight, const char* relation);
  void add(std::string_view word, WordNetPos pos, uint32_t offset, const std::string& term,
           double weight, const char* relation);
  struct WordSenses {
    std::vector<uint32_t> synsets[4];  // per part of speech, in sense order
    double pos_factor[4] = {};
  };
  double word_factor(std::string_view word, WordNetPos pos, uint32_t offset);
  const WordSenses& word_senses(std::string_view word);

  const WordNetData& wordnet_;
  std::vector<Candidate> candidates_;
  std::unordered_map<std::string, WordSenses, StringHash, std::equal_to<>> cache_;
};

void SynonymCollector::collect(const std::string& term) {
  if (!is_mappable_word(term)) return;
  const WordSenses& senses = word_senses(term);
  for (const WordNetPos pos : kAllWordNetPos) {
    const auto p = static_cast<size_t>(pos);
    const size_t n = std::min(senses.synsets[p].size(), static_cast<size_t>(kMaxTermSenses));
    for (size_t rank = 0; rank < n; ++rank) {
      collect_sense(term, pos, senses.synsets[p][rank], senses.pos_factor[p] * sense_factor(rank));
    }
  }
}

void SynonymCollector::collect_sense(const std::string& term, WordNetPos pos, uint32_t offset,
                                     double factor) {
  const WordNetSynset synset = wordnet_.synset(pos, offset);
  add_members(synset, pos, offset, term, kSynonymWeight * factor, kRelationSynonym);
  const auto is_hyponym = [](const WordNetPointer& p) { return p.symbol == "~"; };
  const bool expand_hyponyms =
      static_cast<size_t>(std::count_if(synset.pointers.begin(), synset.pointers.end(),
                                        is_hyponym)) <= kMaxHyponyms;
  for (const WordNetPointer& pointer : synset.pointers) {
    if (is_hyponym(pointer) && expand_hyponyms) {
      const WordNetSynset hyponym = wordnet_.synset(pointer.pos, pointer.offset);
      add_members(hyponym, pointer.pos, pointer.offset, term, kHyponymWeight * factor,
                  kRelationHyponym);
      for (const WordNetPointer& up : hyponym.pointers) {
        if (up.symbol != "@" || (up.offset == offset && up.pos == pos)) continue;
        add_members(wordnet_.synset(up.pos, up.offset), up.pos, up.offset, term,
                    kCoHypernymWeight * factor, kRelationCoHypernym);
      }
    } else if (pointer.symbol == "&") {
      add_members(wordnet_.synset(pointer.pos, pointer.offset), pointer.pos, pointer.offset, term,
                  kSimilarWeight * factor, kRelationSimilar);
    } else if (pointer.symbol == "!" && pointer.source_word > 0 && pointer.target_word > 0 &&
               static_cast<size_t>(pointer.source_word) <= synset.words.size() &&
               synset.words[static_cast<size_t>(pointer.source_word) - 1] == term) {
      const WordNetSynset opposite = wordnet_.synset(pointer.pos, pointer.offset);
      if (static_cast<size_t>(pointer.target_word) <= opposite.words.size()) {
        add(opposite.words[static_cast<size_t>(pointer.target_word) - 1], pointer.pos,
            pointer.offset, term, kAntonymWeight * factor, kRelationAntonym);
      }
    } else if (pointer.symbol == "+" && pointer.source_word > 0 &&
               static_cast<size_t>(pointer.source_word) <= synset.words.size() &&
               synset.words[static_cast<size_t>(pointer.source_word) - 1] == term) {
      add_derivation(pointer, term, factor);
    }
  }
}

// The pointer names one word of the derived synset (steal -> "stealing" in {larceny, theft,
// thievery, thieving, stealing}); its synonyms are the same nominalisation, one step looser.
void SynonymCollector::add_derivation(const WordNetPointer& pointer, const std::string& term,
                                      double factor) {
  const WordNetSynset derived = wordnet_.synset(pointer.pos, pointer.offset);
  for (size_t i = 0; i < derived.words.size(); ++i) {
    const bool linked = i + 1 == static_cast<size_t>(pointer.target_word);
    add(derived.words[i], pointer.pos, pointer.offset, term,
        (linked ? kDerivationWeight : kDerivationSynonymWeight) * factor, kRelationDerivation);
  }
}

void SynonymCollector::add_members(const WordNetSynset& synset, WordNetPos pos, uint32_t offset,
                                   const std::string& term, double weight, const char* relation) {
  for (const std::string_view word : synset.words) add(word, pos, offset, term, weight, relation);
}

void SynonymCollector::add(std::string_view word, WordNetPos pos, uint32_t offset,
                           const std::string& term, double weight, const char* relation) {
  if (weight < kMinSynonymWeight || word == term || !is_mappable_word(word)) return;
  const double scaled = weight * word_factor(word, pos, offset);
  if (scaled >= kMinSynonymWeight) candidates_.push_back({word, &term, scaled, relation});
}

// How likely `word` means the synset at `offset`: its sense rank factor times its part of
// speech factor. Cached because the same members turn up under many corpus terms.
double SynonymCollector::word_factor(std::string_view word, WordNetPos pos, uint32_t offset) {
  const WordSenses& senses = word_senses(word);
  const auto& synsets = senses.synsets[static_cast<size_t>(pos)];
  const auto rank =
      static_cast<size_t>(std::find(synsets.begin(), synsets.end(), offset) - synsets.begin());
  return senses.pos_factor[static_cast<size_t>(pos)] * sense_factor(rank);
}

// A part of speech with no sense in WordNet's tagged texts while another has some is the
// word's minor one (noun "steal", a bargain, beside the verb).
const SynonymCollector::WordSenses& SynonymCollector::word_senses(std::string_view word) {
  auto it = cache_.find(word);
  if (it != cache_.end()) return it->second;
  WordSenses senses;
  uint32_t tagged[4] = {};
  for (const WordNetPos pos : kAllWordNetPos) {
    WordNetIndexEntry entry = wordnet_.entry(word, pos);
    senses.synsets[static_cast<size_t>(pos)] = std::move(entry.synsets);
    tagged[static_cast<size_t>(pos)] = entry.tagged_senses;
  }
  const bool any_tagged =
      std::any_of(std::begin(tagged), std::end(tagged), [](uint32_t n) { return n > 0; });
  for (size_t p = 0; p < 4; ++p) {
    senses.pos_factor[p] = any_tagged && tagged[p] == 0 ? kUntaggedPosFactor : 1.0;
  }
  return cache_.emplace(std::string(word), std::move(senses)).first->second;
}

// Sorted by word, then weight descending: the first row per (word, term) is its best, and the
// first kMaxTargetsPerWord distinct terms per word are its heaviest.
std::vector<SynonymRow> SynonymCollector::capped_rows() {
  std::sort(candidates_.begin(), candidates_.end(), [](const Candidate& a, const Candidate& b) {
    if (a.word != b.word) return a.word < b.word;
    if (a.weight != b.weight) return a.weight > b.weight;
    return *a.term < *b.term;
  });
  std::vector<SynonymRow> rows;
  std::vector<const std::string*> kept;  // terms already kept for the current word
  for (size_t i = 0; i < candidates_.size(); ++i) {
    const Candidate& c = candidates_[i];
    if (i == 0 || c.word != candidates_[i - 1].word) kept.clear();
    if (kept.size() == kMaxTargetsPerWord ||
        std::find(kept.begin(), kept.end(), c.term) != kept.end()) {
      continue;
    }
    kept.push_back(c.term);
    rows.push_back({std::string(c.word), *c.term, c.weight, c.relation});
  }
  return rows;
}

}  // namespace

WordNetTables build_wordnet_tables(const WordNetData& wordnet,
                                   const std::set<std::string>& corpus_terms) {
  WordNetTables tables;
  tables.lemmas = build_lemma_rows(wordnet);
  SynonymCollector collector(wordnet);
  for (const std::string& term : corpus_terms) collector.collect(term);
  tables.synonyms = collector.capped_rows();
  return tables;
}

WordNetTables build_wordnet_tables(const std::set<std::string>& corpus_terms) {
  const WordNetData wordnet(default_wordnet_dir());
  return build_wordnet_tables(wordnet, corpus_terms);
}

}  // namespace lenbot
