#pragma once
// Turns a fan's message into a weighted query: chat spelling and fan phrases rewritten, names
// resolved, words reduced to base forms (typos corrected against the corpus's vocabulary), each
// content word expanded to the corpus's own words, and the question's type recognised.
#include <string>
#include <string_view>
#include <vector>

#include "bot/retrieval/knowledge.h"

namespace lenbot {

enum class QuestionType { kWhat, kWho, kWhere, kWhen, kWhy, kHow, kYesNo, kRelation };

std::string_view question_type_name(QuestionType type);

struct QueryTerm {
  std::string word;  // base form, as FTS5 is asked for it
  std::string term;  // its stem, as facts hold it
  double weight = 1.0;
  int id = -1;           // Knowledge::term_id(term): -1 when no fact uses it
  bool curated = false;  // from the hand lexicon (alias, synonym, phrase): a sure reading
};

// One content word of the question and the terms that may stand for it in the corpus. A fact
// scores a group once, by the best of its terms.
struct TermGroup {
  std::string source;  // the fan's word (after slang), for explanations
  std::vector<QueryTerm> terms;
  int person_id = -1;  // the term id of the person this word names, or -1
  // The word sets the scene rather than asks ("...at the racetrack", "...when you were a dog"):
  // the answer is often a clause next to where the scene is told.
  bool setting = false;
};

struct Question {
  QuestionType type = QuestionType::kWhat;
  std::vector<std::string> words;   // normalised words, stop words included
  std::vector<TermGroup> groups;    // content words only
  std::vector<std::string> people;  // canonical person words named ("rin", "camui")
  bool wants_quote = false;         // "what's your line about...", "motto", "what did you say"
  // Asked of Len himself ("you", "ur", "yourself"): a feature for the ranker (a fact with "len"
  // in Fact::persons is about him, by name or as "the dog"/"he").
  bool to_len = false;
};

// Never throws; a message with no content words, or that is a SQL statement ("SELECT * FROM
// quotes"), gives a Question with no groups. At most kMaxQuestionWords words are read, so a
// 10 KB message costs the same as a long question.
inline constexpr std::size_t kMaxQuestionWords = 48;
Question analyse_question(std::string_view message, const Knowledge& knowledge);

}  // namespace lenbot
