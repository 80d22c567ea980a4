#pragma once
// The fill-in question's answer form on Discord. Pressing "Answer" (discord_quiz_buttons.h) is
// answered with a MODAL (interaction response type 9) holding one short text input; the fan's
// submit comes back as a MODAL_SUBMIT interaction (type 5) whose data.custom_id is the modal's
// and whose text is in data.components[0].components[0].value.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "bot/channels/discord_quiz_buttons.h"

namespace lenbot {

// The text input's custom_id inside the modal.
inline constexpr std::string_view kAnswerInputId = "answer";
// Longest answer the form takes; the quiz's answers are a word or a name.
inline constexpr int kAnswerInputMaxLength = 100;

// The type 9 response for `fill_in` (whose ids must encode), `question` shown as the input's
// placeholder (cut to Discord's 100 characters). nullopt when the ids cannot be encoded.
std::optional<nlohmann::json> answer_modal(const QuizFillIn& fill_in, const std::string& question);

// The text typed into the answer input of a MODAL_SUBMIT's `data`; nullopt when there is no such
// input or its value is not a string. Also reads the newer Label layout
// (data.components[i].component), which Discord sends for modals built with it.
std::optional<std::string> submitted_answer(const nlohmann::json& data);

}  // namespace lenbot
