#include "bot/channels/discord_quiz_buttons.h"

#include <algorithm>
#include <charconv>

#include "bot/channels/chat_message_text.h"
#include "bot/text/utf8.h"

namespace lenbot {
namespace {

constexpr std::string_view kLivePrefix = "quiz:a:";
constexpr std::string_view kGradedPrefix = "quiz:x:";
constexpr std::string_view kFillInPrefix = "quiz:f:";
constexpr std::string_view kModalPrefix = "quiz:m:";
constexpr std::size_t kMaxSnowflakeDigits = 20;
constexpr std::size_t kMaxQuestionIdLength = 40;
constexpr std::size_t kLabelLimit = 80;

// Discord's component types and button styles.
constexpr int kActionRow = 1;
constexpr int kButton = 2;
constexpr int kPrimary = 1;
constexpr int kSecondary = 2;
constexpr int kSuccess = 3;
constexpr int kDanger = 4;

bool is_snowflake(std::string_view id) {
  return !id.empty() && id.size() <= kMaxSnowflakeDigits &&
         std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_question_id(std::string_view id) {
  return !id.empty() && id.size() <= kMaxQuestionIdLength &&
         std::all_of(id.begin(), id.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                  c == '-' || c == '_';
         });
}

bool is_option(int option) { return option >= 0 && option < static_cast<int>(kMaxButtonsPerRow); }

// Splits `text` at ':' into exactly `count` parts; nullopt for any other number.
std::optional<std::vector<std::string_view>> split_exactly(std::string_view text,
                                                           std::size_t count) {
  std::vector<std::string_view> parts;
  while (parts.size() < count) {
    const auto colon = text.find(':');
    parts.push_back(text.substr(0, colon));
    if (colon == std::string_view::npos) break;
    text.remove_prefix(colon + 1);
  }
  if (parts.size() != count || text.data() != parts.back().data()) return std::nullopt;
  return parts;
}

std::string label(std::size_t index, const std::string& option) {
  return truncate_text(std::string(1, static_cast<char>('A' + index)) + ") " + option, kLabelLimit,
                       TextUnit::kUtf16);
}

nlohmann::json button(std::string custom_id, std::string text, int style, bool disabled) {
  nlohmann::json out = {{"type", kButton},
                        {"style", style},
                        {"label", std::move(text)},
                        {"custom_id", std::move(custom_id)}};
  if (disabled) out["disabled"] = true;
  return out;
}

nlohmann::json row(nlohmann::json buttons) {
  return {{"type", kActionRow}, {"components", std::move(buttons)}};
}

std::string_view fill_in_prefix(FillInStep step) {
  return step == FillInStep::kOpen ? kFillInPrefix : kModalPrefix;
}

}  // namespace

std::string encode_quiz_button(const QuizButton& b) {
  if (!is_snowflake(b.channel_id) || !is_snowflake(b.user_id) || !is_question_id(b.question_id) ||
      !is_option(b.option)) {
    return {};
  }
  std::string id = std::string(kLivePrefix) + b.channel_id + ":" + b.user_id + ":" + b.question_id +
                   ":" + std::to_string(b.option);
  return id.size() <= kCustomIdLimit ? id : std::string();
}

std::optional<QuizButton> decode_quiz_button(std::string_view custom_id) {
  if (custom_id.size() > kCustomIdLimit || !custom_id.starts_with(kLivePrefix)) {
    return std::nullopt;
  }
  custom_id.remove_prefix(kLivePrefix.size());
  const auto parts = split_exactly(custom_id, 4);
  if (!parts) return std::nullopt;
  const std::string_view digits = (*parts)[3];
  int option = -1;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), option);
  if (error != std::errc() || end != digits.data() + digits.size() || digits.size() != 1) {
    return std::nullopt;
  }
  QuizButton b{std::string((*parts)[0]), std::string((*parts)[1]), std::string((*parts)[2]),
               option};
  if (encode_quiz_button(b).empty()) return std::nullopt;
  return b;
}

std::string encode_fill_in(const QuizFillIn& f, FillInStep step) {
  if (!is_snowflake(f.channel_id) || !is_snowflake(f.user_id) || !is_question_id(f.question_id)) {
    return {};
  }
  std::string id =
      std::string(fill_in_prefix(step)) + f.channel_id + ":" + f.user_id + ":" + f.question_id;
  return id.size() <= kCustomIdLimit ? id : std::string();
}

std::optional<QuizFillIn> decode_fill_in(std::string_view custom_id, FillInStep step) {
  const std::string_view prefix = fill_in_prefix(step);
  if (custom_id.size() > kCustomIdLimit || !custom_id.starts_with(prefix)) return std::nullopt;
  custom_id.remove_prefix(prefix.size());
  const auto parts = split_exactly(custom_id, 3);
  if (!parts) return std::nullopt;
  QuizFillIn f{std::string((*parts)[0]), std::string((*parts)[1]), std::string((*parts)[2])};
  if (encode_fill_in(f, step).empty()) return std::nullopt;
  return f;
}

std::optional<nlohmann::json> fill_in_row(const QuizFillIn& fill_in) {
  std::string id = encode_fill_in(fill_in, FillInStep::kOpen);
  if (id.empty()) return std::nullopt;
  return row(nlohmann::json::array({button(std::move(id), "Answer", kPrimary, false)}));
}

nlohmann::json graded_fill_in_row(const std::string& question_id, const std::string& typed,
                                  bool correct) {
  return row(nlohmann::json::array({button(
      std::string(kGradedPrefix) + question_id + ":0",
      truncate_text(typed.empty() ? std::string("...") : typed, kLabelLimit, TextUnit::kUtf16),
      correct ? kSuccess : kDanger, true)}));
}

std::optional<nlohmann::json> answer_row(const QuizButton& session,
                                         const std::vector<std::string>& options) {
  if (options.empty() || options.size() > kMaxButtonsPerRow) return std::nullopt;
  nlohmann::json buttons = nlohmann::json::array();
  for (std::size_t i = 0; i < options.size(); ++i) {
    QuizButton b = session;
    b.option = static_cast<int>(i);
    std::string id = encode_quiz_button(b);
    if (id.empty()) return std::nullopt;
    buttons.push_back(button(std::move(id), label(i, options[i]), kPrimary, false));
  }
  return row(std::move(buttons));
}

nlohmann::json graded_row(const std::string& question_id, const std::vector<std::string>& options,
                          int correct, int picked) {
  nlohmann::json buttons = nlohmann::json::array();
  for (std::size_t i = 0; i < options.size() && i < kMaxButtonsPerRow; ++i) {
    const int index = static_cast<int>(i);
    const int style = index == correct ? kSuccess : index == picked ? kDanger : kSecondary;
    buttons.push_back(button(std::string(kGradedPrefix) + question_id + ":" + std::to_string(i),
                             label(i, options[i]), style, true));
  }
  return row(std::move(buttons));
}

}  // namespace lenbot
