#include "bot/chat/chat_types.h"

namespace lenbot {

nlohmann::json to_json(const ChatReply& reply) {
  nlohmann::json sources = nlohmann::json::array();
  for (const auto& source : reply.sources) {
    sources.push_back({{"cite", source.cite}, {"section", source.section}, {"text", source.text}});
  }
  return {{"reply", reply.reply},
          {"intent", reply.intent},
          {"confidence", reply.confidence},
          {"sources", std::move(sources)}};
}

nlohmann::json to_json_with_candidates(const ChatReply& reply) {
  nlohmann::json out = to_json(reply);
  nlohmann::json candidates = nlohmann::json::array();
  for (const auto& c : reply.candidates) {
    candidates.push_back({{"cite", c.cite}, {"section", c.section}, {"score", c.score}});
  }
  out["candidates"] = std::move(candidates);
  return out;
}

}  // namespace lenbot
