#include "bot/quiz/wordnet_classes.h"

#include <wn.h>

#include <cctype>
#include <cstdlib>
#include <map>
#include <mutex>

#include "bot/text/ascii.h"

namespace lenbot {
namespace {

std::mutex& wordnet_mutex() {
  static std::mutex mutex;
  return mutex;
}

// Lower-cased, spaces as underscores: WordNet's index key. Returned by value because the C API
// takes a mutable char*.
std::string key_of(std::string_view word) {
  std::string key;
  for (char c : word) {
    key += c == ' ' ? '_' : ascii_lower(c);
  }
  return key;
}

// Called with the mutex held.
void ensure_open() {
  static bool opened = false;
  if (opened) return;
  setenv("WNSEARCHDIR", "/usr/share/wordnet", 0);
  if (wninit() != 0) {
    throw WordNetError("cannot open WordNet data in $WNSEARCHDIR (install wordnet-base)");
  }
  opened = true;
}

std::optional<AnswerType> type_of_lexfile(std::string_view name) {
  if (name == "noun.person") return AnswerType::kPerson;
  if (name == "noun.location") return AnswerType::kLocation;
  if (name == "noun.artifact") return AnswerType::kArtifact;
  if (name == "noun.food") return AnswerType::kFood;
  if (name == "noun.time") return AnswerType::kTime;
  if (name == "noun.animal") return AnswerType::kAnimal;
  if (name == "noun.plant") return AnswerType::kPlant;
  return std::nullopt;
}

// The noun index entry for the base form of `key` ("arms" is an arm before it is weapons), or
// for `key` itself; caller frees. Mutex held.
IndexPtr noun_index(std::string key) {
  if (char* base = morphstr(key.data(), NOUN)) {
    std::string base_key = base;
    if (IndexPtr idx = index_lookup(base_key.data(), NOUN)) return idx;
  }
  return index_lookup(key.data(), NOUN);
}

// Memoises one WordNet question per (function, word): generation asks the same few hundred
// words many times. Mutex held.
template <typename T, typename F>
T remembered(int function, std::string_view word, F compute) {
  static std::map<std::pair<int, std::string>, T> cache;
  std::pair<int, std::string> key{function, std::string(word)};
  auto it = cache.find(key);
  if (it != cache.end()) return it->second;
  T value = compute();
  cache.emplace(std::move(key), value);
  return value;
}

}  // namespace

std::optional<AnswerType> noun_type(std::string_view word) {
  std::lock_guard lock(wordnet_mutex());
  ensure_open();
  return remembered<std::optional<AnswerType>>(0, word, [&]() -> std::optional<AnswerType> {
    IndexPtr idx = noun_index(key_of(word));
    if (idx == nullptr) return std::nullopt;
    std::optional<AnswerType> type;
    if (idx->off_cnt > 0) {
      SynsetPtr synset = read_synset(NOUN, static_cast<long>(idx->offset[0]), idx->wd);
      if (synset != nullptr) {
        type = type_of_lexfile(lexfiles[synset->fnum]);
        free_synset(synset);
      }
    }
    free_index(idx);
    return type;
  });
}

std::optional<std::string> verb_base(std::string_view word) {
  std::lock_guard lock(wordnet_mutex());
  ensure_open();
  return remembered<std::optional<std::string>>(1, word, [&]() -> std::optional<std::string> {
    std::string key = key_of(word);
    char* base = morphstr(key.data(), VERB);
    if (base == nullptr || key == base) return std::nullopt;
    return std::string(base);
  });
}

bool is_noun(std::string_view word) {
  std::lock_guard lock(wordnet_mutex());
  ensure_open();
  return remembered<bool>(2, word, [&]() -> bool {
    IndexPtr idx = noun_index(key_of(word));
    if (idx == nullptr) return false;
    free_index(idx);
    return true;
  });
}

bool has_adverb_sense(std::string_view word) {
  std::lock_guard lock(wordnet_mutex());
  ensure_open();
  return remembered<bool>(3, word, [&]() -> bool {
    std::string key = key_of(word);
    return in_wn(key.data(), ADV) != 0;
  });
}

bool is_inflected_adjective(std::string_view word) {
  std::lock_guard lock(wordnet_mutex());
  ensure_open();
  return remembered<bool>(4, word, [&]() -> bool {
    std::string key = key_of(word);
    char* base = morphstr(key.data(), ADJ);
    return base != nullptr && key != base;
  });
}

bool is_plural_noun(std::string_view word) {
  std::lock_guard lock(wordnet_mutex());
  ensure_open();
  return remembered<bool>(5, word, [&]() -> bool {
    std::string key = key_of(word);
    char* base = morphstr(key.data(), NOUN);
    return base != nullptr && key != base;
  });
}

}  // namespace lenbot
