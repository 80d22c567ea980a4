#include "bot/channels/discord_embed.h"

#include <gtest/gtest.h>

#include "bot/text/utf8.h"

namespace lenbot {
namespace {

using nlohmann::json;

TEST(DiscordEmbedTest, AuthorEmbedNamesThePersonaAndKeepsOnlyWebIcons) {
  struct Case {
    EmbedAuthor author;
    std::optional<json> expected;
  };
  const Case cases[] = {
      {{"Kagamine Len", "https://example.org/len.png"},
       json{{"author", {{"name", "Kagamine Len"}, {"icon_url", "https://example.org/len.png"}}}}},
      {{"Kagamine Len", "http://example.org/len.png"},
       json{{"author", {{"name", "Kagamine Len"}, {"icon_url", "http://example.org/len.png"}}}}},
      // No avatar, or one Discord would not fetch (a file path, a data URI): the name alone.
      {{"Kagamine Len", ""}, json{{"author", {{"name", "Kagamine Len"}}}}},
      {{"Kagamine Len", "/var/lib/lenbot/len.png"}, json{{"author", {{"name", "Kagamine Len"}}}}},
      {{"Kagamine Len", "data:image/png;base64,AAAA"},
       json{{"author", {{"name", "Kagamine Len"}}}}},
      // A blank name: no embed at all.
      {{"", "https://example.org/len.png"}, std::nullopt},
      {{"  \t", ""}, std::nullopt},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(author_embed(c.author), c.expected)
        << "name '" << c.author.name << "', icon '" << c.author.icon_url << "'";
  }
}

TEST(DiscordEmbedTest, AuthorNameIsCutToDiscordsLimit) {
  const auto embed = author_embed({std::string(300, 'L') + "\xE2\x98\x85", ""});
  ASSERT_TRUE(embed.has_value());
  const std::string name = (*embed)["author"]["name"];
  EXPECT_LE(utf16_length(name), kEmbedAuthorNameLimit);
  EXPECT_GT(utf16_length(name), kEmbedAuthorNameLimit / 2);
}

TEST(DiscordEmbedTest, OnlyPublicMessagesWithoutEmbedsAreSigned) {
  const json data = {{"content", "Yo!"}};
  struct Case {
    std::string name;
    json response;
    bool signed_;
  };
  const Case cases[] = {
      {"channel message", {{"type", 4}, {"data", data}}, true},
      {"update message (a button press)", {{"type", 7}, {"data", data}}, true},
      {"ephemeral refusal", {{"type", 4}, {"data", {{"content", "no"}, {"flags", 64}}}}, false},
      {"ephemeral among other flags",
       {{"type", 4}, {"data", {{"content", "no"}, {"flags", 64 | 4}}}},
       false},
      {"modal", {{"type", 9}, {"data", {{"custom_id", "quiz:m:1:2:q"}}}}, false},
      {"pong", {{"type", 1}}, false},
      {"own embeds", {{"type", 4}, {"data", {{"embeds", json::array()}}}}, false},
      {"data not an object", {{"type", 4}, {"data", "Yo!"}}, false},
      {"type not a number", {{"type", "4"}, {"data", data}}, false},
      {"not an object", json::array({4}), false},
  };
  const EmbedAuthor len{"Kagamine Len", "https://example.org/len.png"};
  for (const Case& c : cases) {
    json response = c.response;
    add_author_embed(response, len);
    if (c.signed_) {
      ASSERT_TRUE(response["data"].contains("embeds")) << c.name;
      EXPECT_EQ(response["data"]["embeds"], json::array({*author_embed(len)})) << c.name;
      EXPECT_EQ(response["data"]["content"], "Yo!") << c.name << ": the text stays in content";
    } else {
      EXPECT_EQ(response, c.response) << c.name;
    }
  }
}

TEST(DiscordEmbedTest, ABlankPersonaNameLeavesTheMessageAlone) {
  json response = {{"type", 4}, {"data", {{"content", "Yo!"}}}};
  const json before = response;
  add_author_embed(response, {"", "https://example.org/len.png"});
  EXPECT_EQ(response, before);
}

}  // namespace
}  // namespace lenbot
