#pragma once
// Read-only access to a WordNet 3.0 database directory (index.*, data.*, *.exc), reading the
// files directly through read-only memory maps. libwordnet's per-word calls were measured at
// ~500 ms for the article's vocabulary (an fseek and fgets per binary-search step and per synset)
// and keep global state; this does the same lookups in a few ms and, once constructed, is safe
// to share between threads.
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lenbot {

// The dictionary directory or one of its files can't be opened, or a file is not WordNet's.
class WordNetError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

enum class WordNetPos { kNoun, kVerb, kAdj, kAdv };
inline constexpr WordNetPos kAllWordNetPos[] = {WordNetPos::kNoun, WordNetPos::kVerb,
                                                WordNetPos::kAdj, WordNetPos::kAdv};

struct WordNetPointer {
  std::string_view symbol;  // "@" hypernym, "~" hyponym, "+" derivation, "&" similar to, ...
  WordNetPos pos = WordNetPos::kNoun;
  uint32_t offset = 0;
  int source_word = 0;  // 1-based member of the synset it leaves; 0 for the whole synset
  int target_word = 0;  // 1-based member of the synset it reaches; 0 for the whole synset
};

struct WordNetSynset {
  // The lexicographer file it comes from (lexnames(5WN)): 5 noun.animal, 18 noun.person, ...
  int lex_file = 0;
  // Members as stored: '_' for spaces, case kept, adjective markers like "(p)" removed.
  std::vector<std::string_view> words;
  std::vector<WordNetPointer> pointers;
};

struct WordNetIndexEntry {
  // Synset offsets in WordNet's sense order, most frequent in the sense-tagged texts first.
  std::vector<uint32_t> synsets;
  uint32_t tagged_senses = 0;  // how many of them occur in the tagged texts at all
};

class WordNetData {
 public:
  // Maps the eight index/data files and four exception lists of `dir`; throws WordNetError
  // naming the file that can't be opened.
  explicit WordNetData(const std::string& dir);
  ~WordNetData();
  WordNetData(const WordNetData&) = delete;
  WordNetData& operator=(const WordNetData&) = delete;

  // `lemma`'s (lowercase, '_' for spaces) entry in index.<pos>; empty when it has none.
  WordNetIndexEntry entry(std::string_view lemma, WordNetPos pos) const;
  // Every lemma of index.<pos>, in file order ('_' for spaces).
  std::vector<std::string_view> lemmas(WordNetPos pos) const;
  // entry(lemma, pos).synsets.
  std::vector<uint32_t> senses(std::string_view lemma, WordNetPos pos) const;
  // The synset at `offset` in data.<pos>; throws WordNetError when none starts there. Views
  // point into the map and live as long as this object.
  WordNetSynset synset(WordNetPos pos, uint32_t offset) const;
  // <pos>.exc as (inflected form, base form) pairs, one per base form listed.
  std::vector<std::pair<std::string_view, std::string_view>> exceptions(WordNetPos pos) const;

 private:
  struct Files;
  std::unique_ptr<const Files> files_;
};

// $WNSEARCHDIR when set, else /usr/share/wordnet (where Debian's wordnet-base puts the data).
std::string default_wordnet_dir();

}  // namespace lenbot
