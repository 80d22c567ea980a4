#pragma once
// How Len says a line of his infobox: "Eye Color: Blue" -> "My eyes are blue.", a list of
// values with their parts -> one spoken sentence, never the raw "A (Part 1); B" text.
#include <string>
#include <string_view>

namespace lenbot {

// Len's sentence for the infobox line "Key: Value". A value may be a "; "-separated list whose
// items carry a qualifier in brackets ("Light blue (Part 1); Yellow (Part 2-4)"): the items are
// said in order with "in Part 1" / "in Parts 2-4", in the past tense, joined with "and";
// "(formerly)" says it in the past. Names and titles are quoted. A line without ": " is said as
// it stands.
std::string profile_sentence(std::string_view line);

}  // namespace lenbot
