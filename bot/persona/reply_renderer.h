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

// What a factual reply says, chosen by the planner.
struct FactReply {
  std::vector<std::string> sentences;  // Len's first-person sentences, the answer first
  std::vector<std::string> asked;      // people the fan named: a mood may name them back
  std::vector<std::string> answered;   // people the answer names: a mood, never named back
  std::string frame = "default";       // the persona's answer_frames key ("who", "yes", ...)
};

// The answer framed for its question type, then the rest, with an opener and maybe a closer
// from the mood the content calls for (bot/persona/persona.h choose_mood). The opener is
// picked by `rotation`: consecutive rotations never give the same opener from one list.
std::string render_fact(const Persona& persona, const FactReply& reply, std::uint64_t seed,
                        std::uint64_t rotation);

// The same for `facts` about `entities` (the fan's names), framed as "default".
std::string render_fact(const Persona& persona, const std::vector<std::string>& facts,
                        const std::vector<std::string>& entities, std::uint64_t seed);

// "Dunno... but ask me about {topic1} or {topic2}" with the suggestions filled in; a shrug
// when there is nothing to suggest.
std::string render_decline(const Persona& persona, const std::vector<std::string>& suggested_topics,
                           std::uint64_t seed);
// The same with the line picked by `rotation` (as openers are): consecutive rotations never
// give the same line, so "no idea" varies along a conversation and across one-off questions.
std::string render_decline(const Persona& persona, const std::vector<std::string>& suggested_topics,
                           std::uint64_t seed, std::uint64_t rotation);

// A line for a small-talk category ("greeting", "thanks", ...); a shrug for a category the
// persona has no lines for.
std::string render_smalltalk(const Persona& persona, std::string_view category, std::uint64_t seed);

// Len repeating his own line: `quote_text` appears verbatim, framed when it fits, with a full
// stop added inside the quotation marks when it has no final punctuation.
std::string render_quote(const Persona& persona, std::string_view quote_text, std::uint64_t seed);

}  // namespace lenbot
