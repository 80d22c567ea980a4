#include "bot/channels/discord_commands.h"

namespace lenbot {
namespace {

// Discord's application command option types.
constexpr int kSubcommand = 1;
constexpr int kStringOption = 3;
// Command contexts: a guild, and a DM with the bot.
constexpr int kGuildContext = 0;
constexpr int kBotDmContext = 1;

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
          {"contexts", {kGuildContext, kBotDmContext}},
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
          {"contexts", {kGuildContext, kBotDmContext}},
          {"options",
           {subcommand("start", "Start a quiz in this channel", {until}),
            subcommand("score", "Show your score"), subcommand("stop", "Stop the quiz"),
            subcommand("leaderboard", "Show the best players"),
            subcommand("answer", "Answer the current question in words", {text}),
            subcommand("hint", "Reveal one more letter (the question is then worth less)"),
            subcommand("skip", "Give up on this question and get the next one")}}};
}

}  // namespace

nlohmann::json discord_command_definitions() { return {ask_command(), quiz_command()}; }

}  // namespace lenbot
