#pragma once
// What a channel sends the Bot core and what comes back. Channels translate their own payloads
// to and from these; nothing here knows about HTTP or Discord.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "bot/ingest/article.h"

namespace lenbot {

struct ChatRequest {
  std::string conversation;        // stable id for follow-ups; may be empty
  std::string user;                // display name or id; may be empty
  std::string message;             // the fan's text, any bytes
  std::optional<StoryPart> until;  // spoiler shield: answer only from up to this part
};

struct Source {
  std::vector<int> cite;  // citation numbers, empty for uncited text
  std::string section;    // section name
  std::string text;       // the original article segment (or quote)
};

// One of the ranker's best facts, said or not: what `ask --json` shows as "candidates".
struct RankedFact {
  std::vector<int> cite;
  std::string section;
  double score = 0.0;  // learned ranker: its probability (0..1); hand ranker: its raw score
};

struct ChatReply {
  std::string reply;                        // Len's words, under 2,000 characters
  std::string intent;                       // "fact", "smalltalk" or "fallback"
  double confidence = 0.0;                  // 0..1
  std::vector<Source> sources;              // empty for smalltalk and fallback
  std::vector<RankedFact> candidates = {};  // the ranker's top 5 for a question, even declined
};

// The `ask --json` / `/api/chat` shape: {"reply","intent","confidence","sources":[...]}.
nlohmann::json to_json(const ChatReply& reply);
// The same plus "candidates": [{"cite","section","score"}] (what `ask --json` prints).
nlohmann::json to_json_with_candidates(const ChatReply& reply);

}  // namespace lenbot
