#include "bot/channels/discord_embed.h"

#include "bot/text/ascii.h"
#include "bot/text/utf8.h"

namespace lenbot {
namespace {

constexpr std::int64_t kChannelMessage = 4;
constexpr std::int64_t kUpdateMessage = 7;
constexpr std::int64_t kEphemeralFlag = 64;

// Discord fetches an author icon itself and takes only http(s) (or an attachment, which an
// interaction response without files has none of); anything else would fail the whole reply.
bool is_web_url(const std::string& url) {
  return url.starts_with("https://") || url.starts_with("http://");
}

bool is_public_message(const nlohmann::json& response) {
  if (!response.is_object()) return false;
  const auto type = response.find("type");
  if (type == response.end() || !type->is_number_integer()) return false;
  if (*type != kChannelMessage && *type != kUpdateMessage) return false;
  const auto data = response.find("data");
  if (data == response.end() || !data->is_object()) return false;
  const auto flags = data->find("flags");
  const bool ephemeral = flags != data->end() && flags->is_number_integer() &&
                         (flags->get<std::int64_t>() & kEphemeralFlag) != 0;
  return !ephemeral && !data->contains("embeds");
}

}  // namespace

std::optional<nlohmann::json> author_embed(const EmbedAuthor& author) {
  if (is_blank(author.name)) return std::nullopt;
  nlohmann::json out = {
      {"name", truncate_text(author.name, kEmbedAuthorNameLimit, TextUnit::kUtf16)}};
  if (is_web_url(author.icon_url)) out["icon_url"] = author.icon_url;
  return nlohmann::json{{"author", std::move(out)}};
}

void add_author_embed(nlohmann::json& response, const EmbedAuthor& author) {
  if (!is_public_message(response)) return;
  if (auto embed = author_embed(author)) {
    response["data"]["embeds"] = nlohmann::json::array({std::move(*embed)});
  }
}

}  // namespace lenbot
