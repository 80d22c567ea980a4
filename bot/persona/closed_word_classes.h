#pragma once
// The closed word classes the person rewriter leans on: who a name is, which words are finite
// verbs, adverbs or clause openers. A small lexicon of the article's English, not a tagger.
#include <string>
#include <string_view>

namespace lenbot::words {

// Who a bare word (no "'s") names: Len himself, another male (Camui, Ronald, "the uploader"),
// a female (Rin, Miku, Irina, Elena), or nobody.
enum class Person { kNone, kLen, kMale, kFemale };
Person person_of(std::string_view word);

// "was", "stole", "hesitated", "wouldn't": a word that can follow a subject as its verb.
bool is_finite_verb(std::string_view word);
// "also", "then", "vehemently": skipped when looking for the verb after a subject.
bool is_adverb(std::string_view word);
// "and", "when", "as": after one of these a name starts a clause, so it is a subject.
bool opens_clause(std::string_view word);
// "and", "but", "then": the subset that continues the main clause (a new topic for "he").
bool opens_main_clause(std::string_view word);
// "at", "with", "into": after one of these a name is an object.
bool is_preposition(std::string_view word);
// A capitalised word that can be part of a name ("Rin", "Kagamine", "Abe-san").
bool is_name_word(std::string_view word);

// A family name that a friend leaves out: "Kagamine Rin" is "Rin", "Hatsune Miku" is "Miku".
bool is_family_name(std::string_view word);

// "data", "file", "program": after "the dog" or "the Len" such a noun makes the name a label
// ("the dog data file" is Len's data file, not a dog).
bool is_label_noun(std::string_view word);

// The simple past of a base-form verb: "shoot" -> "shot", "rebuke" -> "rebuked",
// "cry" -> "cried". For turning wiki infinitives ("only for her to start") into speech.
std::string past_tense(std::string_view verb);

// The verb for "I" when `verb` followed "Len"/"he": "is" -> "am", "has" -> "have",
// "learns" -> "learn"; any other word comes back unchanged.
std::string first_person_verb(std::string_view verb);

}  // namespace lenbot::words
