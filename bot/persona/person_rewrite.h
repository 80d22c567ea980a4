#pragma once
// Turning the article's sentences about Len into Len's own words.
#include <string>
#include <string_view>

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

}  // namespace lenbot
