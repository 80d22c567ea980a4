#pragma once
// "why?" after an answer: the part of an article sentence that gives the reason for what it
// tells ("As he got close, however, he was startled by Camui's red eyes and threw his pike at
// him." -> "he was startled by Camui's red eyes"), so Len can give the reason without saying the
// whole sentence again.
#include <optional>
#include <string>
#include <string_view>

namespace lenbot {

// The clause of `sentence` (split at commas, semicolons and "and") that states a cause: it
// opens with because/since/so/as a result/in order to..., or says what moved someone
// (startled, scared, believing, wanting...). nullopt when no clause does, or when the only one
// is the whole sentence (nothing shorter to say). Third person in, third person out.
std::optional<std::string> reason_clause(std::string_view sentence);

// Len giving `clause` (third person, from reason_clause) as the reason, in his first person:
// "'Cause I was startled by Camui's red eyes." A clause already opening with its cause word
// keeps it: "Because she needed the money." -> as is, capitalised.
std::string reason_reply(std::string_view clause);

}  // namespace lenbot
