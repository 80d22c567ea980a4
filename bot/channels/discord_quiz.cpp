#include "bot/channels/discord_quiz.h"

#include "bot/channels/chat_message_text.h"
#include "bot/channels/discord_fields.h"
#include "bot/channels/discord_quiz_buttons.h"
#include "bot/channels/discord_quiz_modal.h"
#include "bot/channels/json_fields.h"
#include "bot/channels/quiz_text.h"
#include "bot/text/utf8.h"

namespace lenbot {
namespace {

constexpr int kChannelMessage = 4;
constexpr int kUpdateMessage = 7;
constexpr int kEphemeralFlag = 64;
constexpr std::int64_t kModalSubmit = 5;  // interaction type
constexpr int kLeaderboardSize = 10;
constexpr std::string_view kStart = "`/quiz start`";

constexpr std::string_view kPressPrompt =
    "\n-# Press a button, or use `/quiz hint` or `/quiz skip`.";
constexpr std::string_view kTypePrompt =
    "\n-# Press Answer (or use `/quiz answer`), or use `/quiz hint` or `/quiz skip`.";
constexpr std::string_view kNotMyButton =
    "That button isn't mine to press... maybe it's from an old message?";

// Who is playing where, as the quiz service and the buttons name them.
struct Player {
  std::string channel_id;
  std::string user_id;
  std::string quiz_channel() const { return "discord:" + channel_id; }
};

Player player_of(const nlohmann::json& interaction) {
  return {interaction_channel_id(interaction), text_field(interaction_user(interaction), "id")};
}

nlohmann::json message_data(std::string content) {
  return {{"content",
           truncate_text(neutralise_mentions(content), kChannelMessageLimit, TextUnit::kUtf16)},
          {"allowed_mentions", {{"parse", nlohmann::json::array()}}}};
}

nlohmann::json respond(int type, nlohmann::json data) {
  return {{"type", type}, {"data", std::move(data)}};
}

nlohmann::json say(std::string content) {
  return respond(kChannelMessage, message_data(std::move(content)));
}

nlohmann::json refuse(std::string content) {
  nlohmann::json data = message_data(std::move(content));
  data["flags"] = kEphemeralFlag;
  return respond(kChannelMessage, std::move(data));
}

// A question's text plus how to answer it; appends its row to `rows`: a button per option, or
// for a fill-in question the "Answer" button that opens the answer form.
std::string ask(const QuizQuestionView& question, std::string text, const Player& player,
                nlohmann::json& rows) {
  if (const auto buttons =
          answer_row({player.channel_id, player.user_id, question.id, 0}, question.options)) {
    rows.push_back(*buttons);
    return text + std::string(kPressPrompt);
  }
  if (const auto form = fill_in_row({player.channel_id, player.user_id, question.id})) {
    rows.push_back(*form);
  }
  return text + std::string(kTypePrompt);
}

nlohmann::json question_message(const QuizQuestionView& question, const std::string& text,
                                const Player& player, nlohmann::json rows) {
  nlohmann::json data = message_data(ask(question, text, player, rows));
  if (!rows.empty()) data["components"] = std::move(rows);
  return data;
}

nlohmann::json graded_message(const QuizAnswerReply& reply, const Player& player,
                              nlohmann::json rows) {
  std::string text = graded_text(reply, FootnoteStyle::kDiscordSubtext);
  if (!reply.next) {
    nlohmann::json data = message_data(std::move(text));
    data["components"] = std::move(rows);
    return data;
  }
  return question_message(*reply.next, text, player, std::move(rows));
}

nlohmann::json answered(const QuizResult<QuizAnswerReply>& result, const Player& player) {
  if (!result) return refuse(quiz_error_text(result.error(), kStart));
  return respond(kChannelMessage, graded_message(result.value(), player, nlohmann::json::array()));
}

nlohmann::json start(const Player& player, const nlohmann::json& options, QuizService& quiz) {
  std::optional<StoryPart> until;
  if (const auto part = string_option(options, "until")) {
    until = parse_part(*part);
    if (!until) return refuse("I only know part1 to part4 for `until`!");
  }
  const auto started = quiz.start(player.quiz_channel(), player.user_id, until, true);
  if (!started) return refuse(quiz_error_text(started.error(), kStart));
  return respond(kChannelMessage, question_message(started->question, started->reply, player,
                                                   nlohmann::json::array()));
}

nlohmann::json leaderboard(const Player& player, QuizService& quiz) {
  const auto board = quiz.leaderboard(player.quiz_channel(), kLeaderboardSize);
  if (!board) return refuse(quiz_error_text(board.error(), kStart));
  // A mention renders as the member's display name; allowed_mentions keeps it from pinging.
  return say(
      leaderboard_text(board.value(), [](const std::string& id) { return "<@" + id + ">"; }));
}

// The chosen subcommand: data.options[0]; a null json when there is none.
const nlohmann::json& subcommand_of(const nlohmann::json& interaction) {
  static const nlohmann::json kNone;
  const nlohmann::json& options = field(field(interaction, "data"), "options");
  return options.is_array() && !options.empty() ? options[0] : kNone;
}

nlohmann::json score_reply(const QuizResult<QuizScoreReply>& result) {
  if (!result) return refuse(quiz_error_text(result.error(), kStart));
  return say(result->reply);
}

}  // namespace

nlohmann::json discord_quiz_command(const nlohmann::json& interaction, QuizService& quiz) {
  const Player player = player_of(interaction);
  const nlohmann::json& sub = subcommand_of(interaction);
  const std::string name = text_field(sub, "name");
  const nlohmann::json& options = field(sub, "options");
  if (name == "start") return start(player, options, quiz);
  if (name == "answer") {
    return answered(quiz.answer(player.quiz_channel(), player.user_id,
                                string_option(options, "text").value_or("")),
                    player);
  }
  if (name == "skip") return answered(quiz.skip(player.quiz_channel(), player.user_id), player);
  if (name == "hint") {
    const auto hint = quiz.hint(player.quiz_channel(), player.user_id);
    if (!hint) return refuse(quiz_error_text(hint.error(), kStart));
    return say(hint->reply + "\n-# A right answer is now worth " +
               std::to_string(hint->points_available) + " points.");
  }
  if (name == "score") return score_reply(quiz.score(player.quiz_channel(), player.user_id));
  if (name == "stop") return score_reply(quiz.stop(player.quiz_channel(), player.user_id));
  if (name == "leaderboard") return leaderboard(player, quiz);
  return refuse("Huh? Try `/quiz start`, `/quiz answer`, `/quiz score` or `/quiz stop`.");
}

namespace {

// Why `owner` (the session a custom_id names) may not be acted on by `player`; nullopt when it
// may.
std::optional<nlohmann::json> not_theirs(const std::string& channel_id, const std::string& owner_id,
                                         const Player& player) {
  if (channel_id != player.channel_id) return refuse(std::string(kNotMyButton));
  if (owner_id != player.user_id) {
    return refuse("That's <@" + owner_id + ">'s quiz, no answering for them! Start your " +
                  "own with `/quiz start`.");
  }
  return std::nullopt;
}

nlohmann::json press_option(const std::string& custom_id, const Player& player, QuizService& quiz,
                            const QuestionBank& bank) {
  const auto button = decode_quiz_button(custom_id);
  if (!button) return refuse(std::string(kNotMyButton));
  if (auto refusal = not_theirs(button->channel_id, button->user_id, player)) return *refusal;
  const QuizQuestion* question = bank.find(button->question_id);
  if (question == nullptr) return refuse(std::string(kNotMyButton));
  const auto result = quiz.answer_question(player.quiz_channel(), player.user_id,
                                           button->question_id, button->option);
  if (!result) return refuse(quiz_error_text(result.error(), kStart));
  nlohmann::json rows = nlohmann::json::array(
      {graded_row(question->id, question->options, question->correct_option, button->option)});
  return respond(kUpdateMessage, graded_message(result.value(), player, std::move(rows)));
}

// "Answer" on a fill-in question: the form, when the question is still the owner's current one
// (a form for an old question would only be refused on submit).
nlohmann::json open_form(const std::string& custom_id, const Player& player, QuizService& quiz,
                         const QuestionBank& bank) {
  const auto fill_in = decode_fill_in(custom_id, FillInStep::kOpen);
  if (!fill_in) return refuse(std::string(kNotMyButton));
  if (auto refusal = not_theirs(fill_in->channel_id, fill_in->user_id, player)) return *refusal;
  const QuizQuestion* question = bank.find(fill_in->question_id);
  if (question == nullptr) return refuse(std::string(kNotMyButton));
  if (quiz.waiting_question(player.quiz_channel(), player.user_id) != question->id) {
    return refuse(quiz_error_text({QuizErrorCode::kStaleQuestion, ""}, kStart));
  }
  auto modal = answer_modal(*fill_in, question->text);
  if (!modal) return refuse(std::string(kNotMyButton));
  return *modal;
}

// The form sent back: graded like `/quiz answer`, but only for the question it was opened for,
// and the message it came from is updated like a button press.
nlohmann::json submit_form(const nlohmann::json& data, const Player& player, QuizService& quiz) {
  const auto fill_in = decode_fill_in(text_field(data, "custom_id"), FillInStep::kSubmit);
  if (!fill_in) return refuse(std::string(kNotMyButton));
  if (auto refusal = not_theirs(fill_in->channel_id, fill_in->user_id, player)) return *refusal;
  const auto typed = submitted_answer(data);
  if (!typed) return refuse("Huh, the form came back empty. Press Answer and type something!");
  const auto result = quiz.answer_question_text(player.quiz_channel(), player.user_id,
                                                fill_in->question_id, *typed);
  if (!result) return refuse(quiz_error_text(result.error(), kStart));
  nlohmann::json rows =
      nlohmann::json::array({graded_fill_in_row(fill_in->question_id, *typed, result->correct)});
  return respond(kUpdateMessage, graded_message(result.value(), player, std::move(rows)));
}

}  // namespace

nlohmann::json discord_quiz_component(const nlohmann::json& interaction, QuizService& quiz,
                                      const QuestionBank& bank) {
  const Player player = player_of(interaction);
  const nlohmann::json& data = field(interaction, "data");
  if (integer_field(interaction, "type").value_or(0) == kModalSubmit) {
    return submit_form(data, player, quiz);
  }
  const std::string custom_id = text_field(data, "custom_id");
  if (decode_fill_in(custom_id, FillInStep::kOpen)) return open_form(custom_id, player, quiz, bank);
  return press_option(custom_id, player, quiz, bank);
}

}  // namespace lenbot
