#pragma once
// The quiz's replies as chat text, shared by the Discord and message-webhook channels: grading
// with its source, the leaderboard, and in-character lines for the service's expected errors.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "bot/channels/chat_message_text.h"
#include "bot/quiz/quiz_result.h"
#include "bot/quiz/quiz_service.h"

namespace lenbot {

// Len's grading, the official spelling after a near miss, the source ("[57] <text>", cut to a
// few hundred characters) as a footnote in `style`, then the next question when there is one.
std::string graded_text(const QuizAnswerReply& reply, FootnoteStyle style);

// "1. <name> - 12 points (best streak 4)" a line, best first; `name` renders a user id.
std::string leaderboard_text(const std::vector<LeaderboardEntry>& board,
                             const std::function<std::string(const std::string&)>& name);

// What Len says when the service refuses; `start` is how this channel starts a quiz
// ("`/quiz start`", "`!quiz`").
std::string quiz_error_text(const QuizError& error, std::string_view start);

}  // namespace lenbot
