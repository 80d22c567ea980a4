#pragma once
// Len's quiz over the message webhook, as WebhookHooks quiz, quiz_running and quiz_move want it.
// The session is channel "webhook:<channel id>" and the sender's user id, both taken from
// request.conversation ("webhook:<channel id>:<user id>", see message_webhook.h).
//   !quiz, !quiz start [part1..part4]      start (or restart) and ask the first question
//   !quiz <move>, or just <move> while a   "B", "2" or words answer; hint, skip, score,
//   quiz is running for the sender          leaderboard and stop do what they say
#include <string>

#include "bot/chat/chat_types.h"
#include "bot/quiz/quiz_service.h"

namespace lenbot {

// "!quiz <args>" with request.message = <args>: Len's reply, or a refusal in character.
std::string webhook_quiz_command(const ChatRequest& request, QuizService& quiz);

// True when the sender has an active quiz in the request's channel.
bool webhook_quiz_running(const ChatRequest& request, QuizService& quiz);

// One move in plain text (request.message), parsed with parse_quiz_move: Len's reply.
std::string webhook_quiz_move(const ChatRequest& request, QuizService& quiz);

}  // namespace lenbot
