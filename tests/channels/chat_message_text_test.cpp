#include "bot/channels/chat_message_text.h"

#include <gtest/gtest.h>

namespace lenbot {
namespace {

// UTF-16 code units, the unit the limit is stated in.
std::size_t units(std::string_view utf8) {
  std::size_t count = 0;
  for (const char c : utf8) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte & 0xC0) != 0x80) count += byte >= 0xF0 ? 2 : 1;
  }
  return count;
}

TEST(ChannelReplyTest, DefusesMassMentions) {
  struct Case {
    const char* text;
    const char* expected;
  };
  const Case cases[] = {
      {"hi @everyone!", "hi @\u200Beveryone!"},
      {"@here and @HERE", "@\u200Bhere and @\u200BHERE"},
      {"@channel @all", "@\u200Bchannel @\u200Ball"},
      {"mail me @ home, <@123>", "mail me @ home, <@123>"},
      {"trailing @", "trailing @"},
  };
  for (const auto& c : cases) EXPECT_EQ(neutralise_mentions(c.text), c.expected) << c.text;
}

TEST(ChannelReplyTest, FootnoteListsDistinctSources) {
  ChatReply reply;
  reply.reply = "I did!";
  reply.sources = {{{57}, "Part 2", "..."},
                   {{57}, "Part 2", "... again"},
                   {{3, 4}, "Personality", "..."},
                   {{}, "Trivia", "..."},
                   {{9}, "Part 4", "one too many"}};
  EXPECT_EQ(sources_footnote(reply), "[57] Part 2 \u00B7 [3][4] Personality \u00B7 Trivia");
  EXPECT_EQ(render_channel_text(reply, FootnoteStyle::kDiscordSubtext),
            "I did!\n-# sources: [57] Part 2 \u00B7 [3][4] Personality \u00B7 Trivia");
  reply.sources.resize(1);
  EXPECT_EQ(render_channel_text(reply, FootnoteStyle::kPlain), "I did!\n(sources: [57] Part 2)");
  reply.sources.clear();
  EXPECT_EQ(render_channel_text(reply, FootnoteStyle::kDiscordSubtext), "I did!");
}

TEST(ChannelReplyTest, LongRepliesKeepTheirFootnote) {
  ChatReply reply;
  reply.reply = std::string(5000, 'a') + " @everyone";
  reply.sources = {{{57}, "Part 2", "..."}};
  const std::string out = render_channel_text(reply, FootnoteStyle::kDiscordSubtext);
  EXPECT_LE(units(out), kChannelMessageLimit);
  EXPECT_NE(out.find("\u2026\n-# sources: [57] Part 2"), std::string::npos);

  reply.reply = "short @everyone";
  EXPECT_EQ(render_channel_text(reply, FootnoteStyle::kDiscordSubtext, 30).find("@everyone"),
            std::string::npos);
}

TEST(ChannelReplyTest, EmptyReplyStillSaysSomething) {
  EXPECT_FALSE(render_channel_text(ChatReply{}, FootnoteStyle::kPlain).empty());
}

}  // namespace
}  // namespace lenbot
