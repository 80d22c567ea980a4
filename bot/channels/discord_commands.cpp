#include "bot/channels/discord_commands.h"

namespace lenbot {
namespace {

// Discord's application command option types.
constexpr int kSubcommand = 1;
constexpr int kStringOption = 3;
constexpr int kUserOption = 6;
// Where a command may run (contexts) and how the app is installed (integration_types): only in
// guilds, and only when a server installed it. With User Install on, a user-installed app could
// otherwise be run from any server, outside its moderators' reach.
constexpr int kGuildContext = 0;
constexpr int kGuildInstall = 0;
// default_member_permissions for /quizadmin: Manage Server (1 << 5), as a string per the API.
constexpr const char* kManageGuild = "32";

nlohmann::json subcommand(const char* name, const char* description,
                          nlohmann::json options = nlohmann::json::array()) {
  return {{"type", kSubcommand},
          {"name", name},
          {"description", description},
          {"options", std::move(options)}};
}

nlohmann::json part_choices() {
  nlohmann::json choices = nlohmann::json::array();
  for (int part = 1; part <= 4; ++part) {
    choices.push_back(
        {{"name", "Part " + std::to_string(part)}, {"value", "part" + std::to_string(part)}});
  }
  return choices;
}

nlohmann::json ask_command() {
  const nlohmann::json question = {{"type", kStringOption},
                                   {"name", "question"},
                                   {"description", "What do you want to know about me?"},
                                   {"required", true},
                                   {"max_length", 500}};
  return {{"type", 1},
          {"name", "ask"},
          {"description", "Ask Kagamine Len a question"},
          {"contexts", {kGuildContext}},
          {"integration_types", {kGuildInstall}},
          {"options", {question}}};
}

nlohmann::json quiz_command() {
  const nlohmann::json until = {{"type", kStringOption},
                                {"name", "until"},
                                {"description", "Spoiler shield: only ask about the story so far"},
                                {"required", false},
                                {"choices", part_choices()}};
  const nlohmann::json text = {{"type", kStringOption},
                               {"name", "text"},
                               {"description", "Your answer, or a letter A-D"},
                               {"required", true},
                               {"max_length", 200}};
  return {{"type", 1},
          {"name", "quiz"},
          {"description", "Play Len's quiz"},
          {"contexts", {kGuildContext}},
          {"integration_types", {kGuildInstall}},
          {"options",
           {subcommand("start", "Start a quiz in this channel", {until}),
            subcommand("score", "Show your score"), subcommand("stop", "Stop the quiz"),
            subcommand("leaderboard", "Show the best players"),
            subcommand("answer", "Answer the current question in words", {text}),
            subcommand("hint", "Reveal one more letter (the question is then worth less)"),
            subcommand("skip", "Give up on this question and get the next one")}}};
}

nlohmann::json quizadmin_command() {
  const nlohmann::json user = {{"type", kUserOption},
                               {"name", "user"},
                               {"description", "Whose scores and conversations to delete"},
                               {"required", true}};
  return {{"type", 1},
          {"name", "quizadmin"},
          {"description", "Moderate Len's quiz in this server"},
          {"contexts", {kGuildContext}},
          {"integration_types", {kGuildInstall}},
          {"default_member_permissions", kManageGuild},
          {"options",
           {subcommand("reset-leaderboard", "Zero every score in this channel"),
            subcommand("remove-user", "Delete a member's quiz scores and conversations", {user}),
            subcommand("block-channel", "Len stops answering in this channel"),
            subcommand("unblock-channel", "Len answers in this channel again")}}};
}

}  // namespace

nlohmann::json discord_command_definitions() {
  return {ask_command(), quiz_command(), quizadmin_command()};
}

}  // namespace lenbot
