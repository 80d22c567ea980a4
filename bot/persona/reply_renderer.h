#pragma once
// Len's reply text, in the persona's voice, from content the other stages chose. Every choice
// of line comes from `seed`: equal seeds give equal replies. Every reply is under 2,000
// characters (kMaxReplyBytes bytes).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "bot/persona/persona.h"

namespace lenbot {

// A stable seed for one turn of one conversation (FNV-1a, identical across runs and builds).
std::uint64_t reply_seed(std::string_view conversation, int turn);

// Joins first-person `facts` into one reply with an opener and maybe a closer; a mood whose
// entity is among `entities` (names in the question or answer) supplies them instead.
std::string render_fact(const Persona& persona, const std::vector<std::string>& facts,
                        const std::vector<std::string>& entities, std::uint64_t seed);

// "Dunno... but ask me about {topic1} or {topic2}" with the suggestions filled in; a shrug
// when there is nothing to suggest.
std::string render_decline(const Persona& persona, const std::vector<std::string>& suggested_topics,
                           std::uint64_t seed);

// A line for a small-talk category ("greeting", "thanks", ...); a shrug for a category the
// persona has no lines for.
std::string render_smalltalk(const Persona& persona, std::string_view category, std::uint64_t seed);

// Len repeating his own line: `quote_text` appears verbatim, framed when it fits.
std::string render_quote(const Persona& persona, std::string_view quote_text, std::uint64_t seed);

}  // namespace lenbot
