#pragma once
// Turns the Bot core's reply into one chat message both channels can post as is: Len's words,
// a one-line sources footnote, mass mentions defused, valid UTF-8, within the length limit.
#include <cstddef>
#include <string>
#include <string_view>

#include "bot/chat/chat_types.h"

namespace lenbot {

// Discord's message content limit; Mattermost and Rocket.Chat allow more.
inline constexpr std::size_t kChannelMessageLimit = 2000;

enum class FootnoteStyle {
  kDiscordSubtext,  // "\n-# sources: [57] Part 2"
  kPlain,           // "\n(sources: [57] Part 2)"
};

// Len's reply plus its sources footnote, at most `limit` UTF-16 code units (Discord counts in
// code points, JavaScript clients in UTF-16 units: this respects both). An over-long reply is cut
// at a word with "…", never the footnote. An empty reply becomes a short in-character line.
std::string render_channel_text(const ChatReply& reply, FootnoteStyle style,
                                std::size_t limit = kChannelMessageLimit);

// "[57] Part 2 · [3][4] Personality": at most three distinct sources; empty when none.
std::string sources_footnote(const ChatReply& reply);

// Puts a zero-width space after the '@' of @everyone, @here, @channel and @all (any case), so
// no client turns the text into a mass ping even if allowed_mentions were lost on the way.
std::string neutralise_mentions(std::string_view text);

}  // namespace lenbot
