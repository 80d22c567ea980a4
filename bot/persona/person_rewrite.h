#pragma once
// Turning the article's sentences about Len into Len's own words.
#include <string>
#include <string_view>
#include <vector>

namespace lenbot {

// Removes citation markers ("[12]", "[3, 4]", "[src]", "[citation needed]") and tidies what
// they leave behind: no space before punctuation, single spaces, no leading/trailing space.
std::string strip_citations(std::string_view text);

// Rewrites an article sentence (or a fragment starting mid-sentence) about Len into Len
// speaking about himself: "Len"/"Kagamine Len" -> "I"/"me", "Len's" -> "my", and
// "he"/"him"/"his"/"himself" -> "I"/"me"/"my"/"myself" only where they mean Len, judged by a
// heuristic that tracks the clause subject, the topic and other males in the sentence.
// "Len and Rin walked" -> "Rin and I walked"; "Len is" -> "I am". Text inside quotation marks
// is left as written. Citations are stripped; the first letter is capitalised. Deterministic,
// never throws on any bytes.
std::string to_first_person(std::string_view third_person);

// Who a span of the text means, as the index's coreference found it (bot/index/coreference.h):
// a pronoun ("he", "her", "they"), a group ("the two", "both") or a description ("dog").
struct Referent {
  enum class Who { kLen, kLenAndOther, kOther };
  int start = 0;  // byte offset of the span's first word in the text
  Who who = Who::kOther;
  // kOther: how Len names them where the pronoun would dangle (the text never named them
  // before it: "her comrade" -> "Irina's comrade"); empty to keep the pronoun.
  std::string name;
  bool possessive = false;  // "her hands", not "cheer her up"
};

// The same, but a pronoun, group or description with a referent says what the coreference
// found instead of what the heuristic guesses: Len's he/him/his -> I/me/my, another man's stay
// his, "the two"/"they" covering Len -> "we"/"our", "There was a stray dog" (Len's past self)
// -> "I was a stray dog". `referents` are sorted by start and point into `third_person`; text
// holding citation markers is rewritten by the heuristic alone (the markers shift offsets).
std::string to_first_person(std::string_view third_person, const std::vector<Referent>& referents);

}  // namespace lenbot
