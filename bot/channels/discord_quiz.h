#pragma once
// Len's quiz on Discord, as the DiscordHooks quiz_command and quiz_component want it: /quiz
// subcommands and answer-button presses in, interaction responses out. The session is channel
// "discord:<channel id>" and the Discord user id; every reply sets allowed_mentions to none.
//
// A multiple-choice question comes with a row of buttons (see discord_quiz_buttons.h); a fill-in
// question with one "Answer" button that opens a form (a MODAL, see discord_quiz_modal.h), or
// `/quiz answer`. Pressing an option, or submitting the form, answers for its owner and UPDATES
// that message (type 7): the graded row (all disabled, right one green, a wrong pick red, others
// grey; for the form, a disabled button showing what was typed, green or red), Len's grading with
// its source and the next question in the content, and a fresh row for that next question below
// the graded one. Presses by someone else, or on a
// question already answered, get an ephemeral refusal and change nothing.
#include <nlohmann/json.hpp>

#include "bot/quiz/question_bank.h"
#include "bot/quiz/quiz_service.h"

namespace lenbot {

// The response to /quiz start [until] | answer <text> | hint | skip | score | stop |
// leaderboard: type 4, public, or ephemeral (flags 64) when the service refuses.
nlohmann::json discord_quiz_command(const nlohmann::json& interaction, QuizService& quiz);

// The response to a quiz component: an option press or a submitted answer form (type 7 as
// above), an "Answer" press (type 9, the form), or an ephemeral refusal for another user's
// button or form, a stale question or a custom_id that is not one of Len's. `bank` supplies the
// question's options and right answer for the graded row.
nlohmann::json discord_quiz_component(const nlohmann::json& interaction, QuizService& quiz,
                                      const QuestionBank& bank);

}  // namespace lenbot
