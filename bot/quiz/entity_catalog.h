#pragma once
// The typed answer candidates of the corpus, found in the article itself: proper names (typed by
// WordNet when it knows them, otherwise by how the article uses them: "in/at/near X" votes for
// a place, "X's", "X stole", "with X" for a person) and common nouns in noun-phrase position
// (typed by the WordNet lexicographer class of their first sense). Distractor pools hold only
// what the plot mentions, names under their canonical alias.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "bot/index/coreference.h"
#include "bot/ingest/article.h"
#include "bot/quiz/aliases.h"
#include "bot/quiz/quiz_question.h"
#include "bot/quiz/quotable_sentences.h"

namespace lenbot {

// A run of tokens [first, last] naming one proper noun, and its text without a final "'s".
struct NameSpan {
  std::size_t first = 0;
  std::size_t last = 0;
  std::string text;
  bool quoted = false;  // opens right after a quotation mark: a title or a quoted word
};

// A name or noun phrase the catalog can offer as a distractor.
struct CatalogEntry {
  std::string text;
  bool plural = false;
};

class EntityCatalog {
 public:
  // Uses WordNet (see wordnet_classes.h): call at bank-build time only.
  static EntityCatalog build(const Article& article, const AliasTable& aliases);

  // Proper names in `sentence`: runs of capitalised words the article capitalises mid-sentence
  // too; a run ends after a possessive.
  std::vector<NameSpan> name_spans(const Sentence& sentence) const;
  // The type of a proper name; nullopt when neither WordNet nor the article's usage says.
  std::optional<AnswerType> name_type(std::string_view name) const;
  // The type of common noun `tokens[i]` when it heads a noun phrase ("his pike", "a piece of
  // chocolate") and is a concrete, answerable noun; nullopt otherwise.
  std::optional<AnswerType> blankable_noun(const std::vector<Token>& tokens, std::size_t i) const;
  // True when the name is followed by a noun it modifies ("Santa suit", "Suidoubashi racetrack"),
  // is used as a common noun ("a Vocaloid") or is quoted ("Assassin!").
  bool is_modifier(const std::vector<Token>& tokens, const NameSpan& span) const;

  // Candidates of one type, sorted, names in canonical form: names when `names`, else nouns.
  const std::vector<CatalogEntry>& pool(AnswerType type, bool names) const;
  // The gender the article gives the person `name` (any of its aliases), read from its pronouns
  // as the index's coreference reads them; kUnknown when the article does not settle it.
  Gender gender(std::string_view name) const;

 private:
  std::set<std::string> name_words_;
  std::map<std::string, AnswerType> name_types_;
  std::map<std::pair<int, bool>, std::vector<CatalogEntry>> pools_;
  std::unordered_map<std::string, Gender> genders_;  // lowercase name or alias -> gender
  mutable std::unordered_map<std::string, std::optional<AnswerType>> noun_cache_;

  std::optional<AnswerType> cached_noun_type(const std::string& word) const;
  // Fills genders_ for the names typed as persons, by the index's own reading of the article
  // (build_person_catalog): the same genders the chat's coreference stores.
  void read_genders(const Article& article, const AliasTable& aliases);
};

}  // namespace lenbot
