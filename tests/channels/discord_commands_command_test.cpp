#include "bot/channels/discord_commands_command.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

namespace lenbot {
namespace {

struct CommandRun {
  int status;
  std::string out;
  std::string err;
};

CommandRun run(const DiscordCommandsOptions& options) {
  std::ostringstream out;
  std::ostringstream err;
  const int status = run_discord_commands_command(options, out, err);
  return {status, out.str(), err.str()};
}

TEST(DiscordCommandsCommandTest, PrintsTheBodyAndTheUrlFromTheApplicationId) {
  const CommandRun global = run({false, "", "1234567890", false});
  EXPECT_EQ(global.status, 0);
  EXPECT_TRUE(nlohmann::json::parse(global.out).is_array());
  EXPECT_NE(global.err.find("https://discord.com/api/v10/applications/1234567890/commands"),
            std::string::npos)
      << global.err;
  const CommandRun guild = run({true, "42", "1234567890", true});
  EXPECT_EQ(guild.status, 0);
  EXPECT_EQ(guild.out, "https://discord.com/api/v10/applications/1234567890/guilds/42/commands\n");
}

TEST(DiscordCommandsCommandTest, RefusesIdsThatAreNotSnowflakes) {
  struct Case {
    DiscordCommandsOptions options;
    const char* expected;
  };
  const Case cases[] = {
      {{false, "my-server", "123", false}, "--guild"},
      {{false, "", "app", false}, "application_id"},
      {{false, "", "", true}, "--url needs"},
  };
  for (const auto& c : cases) {
    const CommandRun result = run(c.options);
    EXPECT_EQ(result.status, 2) << c.expected;
    EXPECT_NE(result.err.find(c.expected), std::string::npos) << result.err;
  }
  EXPECT_EQ(run({false, "", "", false}).status, 0) << "the body needs no application id";
}

}  // namespace
}  // namespace lenbot
