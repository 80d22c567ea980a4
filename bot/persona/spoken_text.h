#pragma once
// Len's first-person clauses as he would type them in chat: no wiki linking phrases, no wiki
// register, no clause glued on with a capital after a comma.
#include <string>
#include <string_view>

namespace lenbot {

// Rewrites a first-person sentence (the output of to_first_person) into speech. A leading
// back-reference the fan never saw ("After this point,", "During this,", "Following this,",
// "On one occasion,") is dropped; "due to" -> "because of", "in order to" -> "to";
// ", only for her comrade to shoot me" -> ", but then her comrade shot me"; "the series" ->
// "my story"; a ";" ends the sentence; ", But" -> ", but". Text inside quotation marks is
// kept. Never throws; the result starts with a capital letter.
std::string spoken(std::string_view first_person);

// For "why": a sentence ending on its reason says the reason first. "I began smoking weed
// to cope with my failures." -> "To cope with my failures, I began smoking weed."; likewise a
// closing "because ...", "because of ...", ", to ...", "so that ...". Otherwise unchanged.
std::string reason_first(std::string_view sentence);

// True when `text` opens with a back-reference to something said before it ("Despite this",
// "In response", "After this point"): the sentence cannot open a reply as it is.
bool opens_with_back_reference(std::string_view text);

}  // namespace lenbot
