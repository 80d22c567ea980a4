#include "bot/cli/cli_args.h"

#include <gtest/gtest.h>

namespace lenbot {
namespace {

CliArgs parse(std::vector<std::string> words) {
  std::vector<char*> argv = {const_cast<char*>("lenbot")};
  for (auto& word : words) argv.push_back(word.data());
  return parse_cli_args(static_cast<int>(argv.size()), argv.data(), {"--until", "--user"},
                        {"--json"});
}

TEST(CliArgsTest, SplitsOwnOptionsConfigFlagsAndWords) {
  const CliArgs args = parse({"ask", "--json", "--until", "part2", "--state-db", "/tmp/s.db",
                              "--port=9000", "who", "is", "rin?"});
  EXPECT_EQ(args.command, "ask");
  EXPECT_TRUE(args.has_flag("--json"));
  EXPECT_EQ(args.option("--until"), "part2");
  EXPECT_EQ(args.config_args, (std::vector<std::string>{"--state-db=/tmp/s.db", "--port=9000"}));
  EXPECT_EQ(args.positional, (std::vector<std::string>{"who", "is", "rin?"}));
  EXPECT_TRUE(args.warnings.empty());
}

TEST(CliArgsTest, StateIsTheDeprecatedSpellingOfStateDb) {
  const CliArgs args = parse({"chat", "--state", "/tmp/s.db"});
  EXPECT_EQ(args.config_args, (std::vector<std::string>{"--state-db=/tmp/s.db"}));
  ASSERT_EQ(args.warnings.size(), 1u);
  EXPECT_NE(args.warnings[0].find("--state-db"), std::string::npos);
}

TEST(CliArgsTest, HelpAndVersionAreSwitchesEverywhere) {
  EXPECT_TRUE(parse({"serve", "--help"}).has_flag("--help"));
  EXPECT_TRUE(parse({"--version"}).has_flag("--version"));
  EXPECT_EQ(parse({"--version"}).command, "");
}

TEST(CliArgsTest, MistakesAreUsageErrors) {
  struct Case {
    std::vector<std::string> words;
    const char* expected;
  };
  const Case cases[] = {
      {{"ask", "--jsn"}, "unknown option --jsn"},
      {{"ask", "--until"}, "--until needs a value"},
      {{"ask", "--db"}, "--db needs a value"},
      {{"ask", "--json=yes"}, "unknown option --json"},
  };
  for (const auto& c : cases) {
    try {
      parse(c.words);
      ADD_FAILURE() << c.words.back() << " was accepted";
    } catch (const UsageError& e) {
      EXPECT_NE(std::string(e.what()).find(c.expected), std::string::npos) << e.what();
    }
  }
}

}  // namespace
}  // namespace lenbot
