#include "bot/channels/discord_quiz.h"

#include "bot/channels/discord_fields.h"
#include "bot/channels/discord_quiz_buttons.h"
#include "bot/channels/json_fields.h"
#include "bot/channels/quiz_text.h"
#include "bot/channels/chat_message_text.h"

namespace lenbot {
namespace {

constexpr int kChannelMessage = 4;
constexpr int kUpdateMessage = 7;
constexpr int kEphemeralFlag = 64;
constexpr int kLeaderboardSize = 10;
constexpr std::string_view kStart = "`/quiz start`";

constexpr std::string_view kPressPrompt =
    "\n-# Press a button, or use `/quiz hint` or `/quiz skip`.";
constexpr std::string_view kTypePrompt =
    "\n-# Answer with `/quiz answer`, or use `/quiz hint` or `/quiz skip`.";
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
  return {{"content", truncate_utf8(neutralise_mentions(content), kChannelMessageLimit)},
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

// A question's text plus how to answer it; appends its button row to `rows` when it has one.
std::string ask(const QuizQuestionView& question, std::string text, const Player& player,
                nlohmann::json& rows) {
  const auto buttons =
      answer_row({player.channel_id, player.user_id, question.id, 0}, question.options);
  if (buttons) rows.push_back(*buttons);
  return text + std::string(buttons ? kPressPrompt : kTypePrompt);
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

nlohmann::json discord_quiz_button(const nlohmann::json& interaction, QuizService& quiz,
                                   const QuestionBank& bank) {
  const Player player = player_of(interaction);
  const auto button = decode_quiz_button(text_field(field(interaction, "data"), "custom_id"));
  if (!button || button->channel_id != player.channel_id) return refuse(std::string(kNotMyButton));
  if (button->user_id != player.user_id) {
    return refuse("That's <@" + button->user_id + ">'s quiz, no answering for them! Start your " +
                  "own with `/quiz start`.");
  }
  const QuizQuestion* question = bank.find(button->question_id);
  if (question == nullptr) return refuse(std::string(kNotMyButton));
  const auto result = quiz.answer_question(player.quiz_channel(), player.user_id,
                                           button->question_id, button->option);
  if (!result) return refuse(quiz_error_text(result.error(), kStart));
  nlohmann::json rows = nlohmann::json::array(
      {graded_row(question->id, question->options, question->correct_option, button->option)});
  return respond(kUpdateMessage, graded_message(result.value(), player, std::move(rows)));
}

}  // namespace lenbot
