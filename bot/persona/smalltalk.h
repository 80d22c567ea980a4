#pragma once
// Telling pure small talk ("yo", "how r u", "ty", "you suck") from real questions.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lenbot {

// Every key classify_smalltalk can return, most substantive first: "insult", "tease",
// "who_are_you", "how_are_you", "affection", "compliment", "sorry", "thanks", "bye", "greeting",
// "laugh".
const std::vector<std::string>& smalltalk_categories();

// The category when `message` is only small talk, nullopt when it asks anything else, even if
// it opens with a greeting ("hi len why did you steal the wallet") or reuses small-talk words
// ("who are you to rin?"). A mix ("hi len, how are you?") gives the most substantive
// category. Accepts any bytes (invalid UTF-8, emoji, huge input) and never throws.
std::optional<std::string> classify_smalltalk(std::string_view message);

}  // namespace lenbot
