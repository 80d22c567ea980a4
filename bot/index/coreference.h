#pragma once
// Who each person mention in the article's segments refers to: names and their aliases,
// he/she/they and their cases, "the two"/"both", "the former"/"the latter", and descriptions
// the article itself equates with a person ("Len was the dog": every "the dog" is Len).
// Computed once at index time and stored; the query side and the first-person rewrite read the
// stored spans. The algorithm and its limits are in docs/retrieval.md ("Coreference").
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "bot/index/lexicon.h"
#include "bot/ingest/article.h"

namespace lenbot {

enum class Gender { kUnknown, kMale, kFemale };
std::string_view gender_name(Gender gender);  // "unknown", "male", "female"

// The article's people: their canonical words (the lexicon's `person` entries), the words that
// name them (aliases), descriptions, and genders read from the article.
struct PersonCatalog {
  std::unordered_map<std::string, std::string> names;         // "gackpo" -> "camui"
  std::unordered_map<std::string, std::string> descriptions;  // "dog" -> "len"
  std::unordered_map<std::string, Gender> genders;            // canonical word -> gender
  std::string protagonist;  // the person the article is about: unresolved he/she default to them
};

// Whether a lowercase word can be a noun ("dog data file": "data" is, so "dog" modifies it).
using NounTest = std::function<bool(std::string_view)>;

// People from the lexicon's person/alias entries; the protagonist is the person named most
// often, of the infobox's "Gender"; another person is of the other gender when pronouns of it
// come in sentences naming them alone, of the protagonist's when only those do, else unknown;
// a description is a noun in "<Name> was the <noun>" ("Len was the dog").
PersonCatalog build_person_catalog(const Article& article, const Lexicon& lexicon,
                                   const NounTest& is_noun);

enum class MentionKind { kName, kPronoun, kGroup, kDescription };
std::string_view mention_kind_name(MentionKind kind);  // "name", "pronoun", "group", ...

struct Mention {
  int start = 0;   // byte offset in the segment's text
  int length = 0;  // bytes; a possessive's "'s" is included
  std::string surface;
  MentionKind kind = MentionKind::kName;
  std::vector<std::string> persons;  // canonical words; two for "the two" and "they"
  bool possessive = false;           // "his", "her" before a noun, "Len's"
};

struct SegmentPersons {
  std::vector<Mention> mentions;     // in text order
  std::vector<std::string> persons;  // everyone a mention refers to, sorted, no repeats
};

// One result per segment, in order. Context (who was mentioned last, the sentence's subject)
// carries across the segments of a paragraph and starts afresh at each paragraph.
std::vector<SegmentPersons> resolve_coreference(const std::vector<Segment>& segments,
                                                const PersonCatalog& catalog,
                                                const NounTest& is_noun);

}  // namespace lenbot
