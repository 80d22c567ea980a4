#pragma once
// The persona on Discord's interaction replies. An interaction response cannot set the
// message's username or avatar (Discord ignores them there, and on interaction follow-ups), so
// public replies carry an embed whose author is the persona: {"author":{"name","icon_url"}}.
// The reply text stays in `content`, where relays, logs and mentions keep working.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace lenbot {

// Discord's limit on an embed author's name, in characters (UTF-16 units).
inline constexpr std::size_t kEmbedAuthorNameLimit = 256;

struct EmbedAuthor {
  std::string name;      // the persona's webhook.username ("Kagamine Len")
  std::string icon_url;  // its avatar; only an http(s) URL is sent
};

// {"author":{"name","icon_url"?}} with the name cut to 256 characters and the icon left out
// unless it is an http(s) URL; nullopt when the name is blank (no embed beats an empty one).
std::optional<nlohmann::json> author_embed(const EmbedAuthor& author);

// Adds the author embed to `response` when it is a public message (type 4 or 7 without the
// ephemeral flag) that has no embeds of its own; refusals, modals and PONGs stay as they are.
void add_author_embed(nlohmann::json& response, const EmbedAuthor& author);

}  // namespace lenbot
