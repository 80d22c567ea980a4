#include "bot/channels/discord_quiz_modal.h"

#include "bot/channels/chat_message_text.h"
#include "bot/text/utf8.h"

namespace lenbot {
namespace {

// Discord's numbers for a modal.
constexpr int kModal = 9;
constexpr int kActionRow = 1;
constexpr int kTextInput = 4;
constexpr int kShortStyle = 1;
constexpr std::size_t kPlaceholderLimit = 100;
constexpr std::string_view kTitle = "Len's quiz: fill in the blank";  // at most 45 characters

// The answer input's value when `component` is it.
std::optional<std::string> answer_of(const nlohmann::json& component) {
  if (!component.is_object()) return std::nullopt;
  const auto id = component.find("custom_id");
  const auto value = component.find("value");
  if (id == component.end() || !id->is_string() || id->get<std::string>() != kAnswerInputId) {
    return std::nullopt;
  }
  if (value == component.end() || !value->is_string()) return std::nullopt;
  return value->get<std::string>();
}

}  // namespace

std::optional<nlohmann::json> answer_modal(const QuizFillIn& fill_in, const std::string& question) {
  std::string id = encode_fill_in(fill_in, FillInStep::kSubmit);
  if (id.empty()) return std::nullopt;
  const nlohmann::json input = {
      {"type", kTextInput},
      {"custom_id", kAnswerInputId},
      {"style", kShortStyle},
      {"label", "Your answer"},
      {"placeholder", truncate_text(question, kPlaceholderLimit, TextUnit::kUtf16)},
      {"min_length", 1},
      {"max_length", kAnswerInputMaxLength},
      {"required", true}};
  return nlohmann::json{
      {"type", kModal},
      {"data",
       {{"custom_id", std::move(id)},
        {"title", kTitle},
        {"components", {{{"type", kActionRow}, {"components", nlohmann::json::array({input})}}}}}}};
}

std::optional<std::string> submitted_answer(const nlohmann::json& data) {
  if (!data.is_object()) return std::nullopt;
  const auto rows = data.find("components");
  if (rows == data.end() || !rows->is_array()) return std::nullopt;
  for (const auto& row : *rows) {
    if (!row.is_object()) continue;
    if (const auto label = row.find("component"); label != row.end()) {
      if (auto value = answer_of(*label)) return value;
    }
    const auto inputs = row.find("components");
    if (inputs == row.end() || !inputs->is_array()) continue;
    for (const auto& input : *inputs) {
      if (auto value = answer_of(input)) return value;
    }
  }
  return std::nullopt;
}

}  // namespace lenbot
