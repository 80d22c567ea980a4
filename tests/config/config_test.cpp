#include "bot/config/config.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "tests/support/temp_dir.h"

namespace lenbot {
namespace {

namespace fs = std::filesystem;

class ConfigTest : public ::testing::Test {
 protected:
  void SetUp() override { fs::create_directories(root_ / "config"); }

  void write_config(const std::string& text, const std::string& name = "config/lenbot.json") {
    std::ofstream(root_ / name) << text;
  }
  Config load(const std::vector<std::string>& args = {}) {
    return load_config(
        args,
        [this](const std::string& name) -> std::optional<std::string> {
          const auto it = env_.find(name);
          if (it == env_.end()) return std::nullopt;
          return it->second;
        },
        root_.string());
  }
  // The ConfigError message `args` produce, or "" when loading succeeds.
  std::string error_of(const std::vector<std::string>& args = {}) {
    try {
      load(args);
    } catch (const ConfigError& e) {
      return e.what();
    }
    return "";
  }

  TempDir dir_{"config"};
  const fs::path root_ = dir_.path();
  std::map<std::string, std::string> env_;
};

TEST_F(ConfigTest, DefaultsWhenNoFileAndPathsResolveAgainstTheRoot) {
  const Config config = load();
  EXPECT_EQ(config.host, "127.0.0.1");
  EXPECT_EQ(config.port, 8080);
  EXPECT_EQ(config.body_limit, 65536);
  EXPECT_EQ(config.db, (root_ / "data/lenbot.db").string());
  EXPECT_EQ(config.web_root, (root_ / "bot/web").string());
  EXPECT_EQ(config.config_path, "");
}

TEST_F(ConfigTest, FileThenEnvironmentThenFlags) {
  write_config(R"({"port": 9000, "host": "0.0.0.0", "log_level": "debug",
                   "rate_limit": {"requests": 5}, "webhook": {"prefixes": ["!x"]}})");
  env_["LENBOT_PORT"] = "9100";
  env_["LENBOT_DISCORD_PUBLIC_KEY"] = "abcd";
  env_["LENBOT_WEBHOOK_PREFIXES"] = "!a,!b";
  const Config config =
      load({"--port", "9200", "--db=/abs/index.db", "--timeouts-read-seconds", "7"});
  EXPECT_EQ(config.port, 9200);
  EXPECT_EQ(config.host, "0.0.0.0");
  EXPECT_EQ(config.log_level, "debug");
  EXPECT_EQ(config.rate_limit.requests, 5);
  EXPECT_EQ(config.rate_limit.window_seconds, 60);
  EXPECT_EQ(config.discord.public_key, "abcd");
  EXPECT_EQ(config.webhook.prefixes, (std::vector<std::string>{"!a", "!b"}));
  EXPECT_EQ(config.db, "/abs/index.db");
  EXPECT_EQ(config.timeouts.read_seconds, 7);
  EXPECT_EQ(config.config_path, (root_ / "config/lenbot.json").string());
}

TEST_F(ConfigTest, ConfigFlagAndVariableNameTheFile) {
  write_config(R"({"port": 1234})", "config/other.json");
  EXPECT_EQ(load({"--config", "config/other.json"}).port, 1234);
  env_["LENBOT_CONFIG"] = "config/other.json";
  EXPECT_EQ(load().port, 1234);
  EXPECT_NE(error_of({"--config", "config/missing.json"}).find("cannot open"), std::string::npos);
}

TEST_F(ConfigTest, ErrorsNameTheKey) {
  struct Case {
    const char* file;
    const char* expected;  // a fragment of the message
  };
  const Case cases[] = {
      {"{not json", "not valid JSON"},
      {"[1, 2]", "must be an object"},
      {R"({"port": "8080"})", "\"port\" must be an integer"},
      {R"({"port": 70000})", "\"port\" is 70000, outside 1..65535"},
      {R"({"port": 0})", "\"port\" is 0"},
      {R"({"prot": 8080})", "unknown key \"prot\""},
      {R"({"rate_limit": {"request": 1}})", "unknown key \"rate_limit.request\""},
      {R"({"rate_limit": 5})", "\"rate_limit\" must be an object"},
      {R"({"webhook": {"prefixes": "!len"}})", "\"webhook.prefixes\" must be a list of strings"},
      {R"({"log_level": "loud"})", "\"log_level\" must be one of"},
      {R"({"threads": 0})", "\"threads\" is 0"},
      {R"({"threads": 16, "max_threads": 8})", "\"max_threads\" (8) is below \"threads\" (16)"},
      {R"({"body_limit": 1.5})", "\"body_limit\" must be an integer"},
  };
  for (const auto& c : cases) {
    write_config(c.file);
    const std::string message = error_of();
    EXPECT_NE(message.find(c.expected), std::string::npos) << c.file << " gave: " << message;
  }
}

TEST_F(ConfigTest, BadOverridesNameTheVariableOrFlag) {
  env_["LENBOT_PORT"] = "80x";
  EXPECT_NE(error_of().find("LENBOT_PORT: expected an integer"), std::string::npos);
  env_.clear();
  EXPECT_NE(error_of({"--port", "99999"}).find("--port"), std::string::npos);
  EXPECT_NE(error_of({"--prot", "1"}).find("unknown flag --prot"), std::string::npos);
  EXPECT_NE(error_of({"--port"}).find("missing value"), std::string::npos);
  EXPECT_NE(error_of({"stray"}).find("unexpected argument"), std::string::npos);
}

TEST_F(ConfigTest, TheShippedConfigFileLoads) {
  const Config config = load({"--config", std::string(LENBOT_SOURCE_DIR) + "/config/lenbot.json"});
  EXPECT_EQ(config.host, "127.0.0.1");
  EXPECT_EQ(config.port, 8080);
  EXPECT_EQ(config.body_limit, 65536);
  EXPECT_EQ(config.threads, 8);
  EXPECT_EQ(config.max_threads, 512);
  EXPECT_EQ(config.reply_cache, 1024);
}

TEST_F(ConfigTest, ReplyCacheSizeFromEnvironmentOrFlagAndZeroTurnsItOff) {
  EXPECT_EQ(load().reply_cache, 1024);
  env_["LENBOT_REPLY_CACHE"] = "0";
  EXPECT_EQ(load().reply_cache, 0);
  EXPECT_EQ(load({"--reply-cache", "16"}).reply_cache, 16);
  EXPECT_NE(error_of({"--reply-cache", "-1"}), "");
}

TEST_F(ConfigTest, TheLearnedRankerIsTheDefaultAndAnEmptyModelKeepsTheHandRanker) {
  EXPECT_EQ(load().model, (root_ / "corpus/ranker_model.json").string());
  const Config shipped = load({"--config", std::string(LENBOT_SOURCE_DIR) + "/config/lenbot.json"});
  EXPECT_TRUE(shipped.model.ends_with("corpus/ranker_model.json")) << shipped.model;
  const Config deployed =
      load({"--config", std::string(LENBOT_SOURCE_DIR) + "/deploy/lenbot.json"});
  EXPECT_TRUE(deployed.model.ends_with("corpus/ranker_model.json")) << deployed.model;
  EXPECT_EQ(load({"--model="}).model, "");
  write_config(R"({"model": ""})");
  EXPECT_EQ(load().model, "");
}

TEST_F(ConfigTest, DataDirHoldsTheDatabasesUnlessTheyAreNamed) {
  EXPECT_EQ(load().state_db, (root_ / "data/state.db").string());
  const Config moved = load({"--data-dir", "/var/lib/lenbot"});
  EXPECT_EQ(moved.db, "/var/lib/lenbot/lenbot.db");
  EXPECT_EQ(moved.state_db, "/var/lib/lenbot/state.db");
  env_["LENBOT_DATA_DIR"] = "spool";
  EXPECT_EQ(load().db, (root_ / "spool/lenbot.db").string());
  const Config named = load({"--state-db", "/elsewhere/s.db"});
  EXPECT_EQ(named.state_db, "/elsewhere/s.db");
  EXPECT_EQ(named.db, (root_ / "spool/lenbot.db").string());
}

TEST_F(ConfigTest, AnEmptyStateDbStaysEmpty) {
  // "" means no conversation memory; it must not turn into data/state.db.
  EXPECT_EQ(load({"--state-db="}).state_db, "");
  write_config(R"({"state_db": ""})");
  EXPECT_EQ(load().state_db, "");
}

TEST_F(ConfigTest, DatabaseLocationsMustBePathsOrSupportedUris) {
  EXPECT_EQ(load({"--state-db", "postgresql://lenbot@db/lenbot"}).state_db,
            "postgresql://lenbot@db/lenbot");
  EXPECT_EQ(load({"--state-db", "postgres://db/lenbot"}).state_db, "postgres://db/lenbot");
  fs::create_directories(root_ / "a_folder");
  struct Case {
    std::vector<std::string> args;
    const char* expected;
  };
  const Case cases[] = {
      {{"--state-db", "postgresql:"}, "\"state_db\" is \"postgresql:\": not a file path"},
      {{"--state-db", "mysql://db/x"}, "supported URI"},
      {{"--state-db", "sqlite:state.db"}, "not a file path"},
      {{"--db", "postgresql://db/x"}, "\"db\" is \"postgresql://db/x\": not a file path"},
      {{"--db="}, "\"db\" must not be empty"},
      {{"--db", (root_ / "a_folder").string()}, "a directory"},
      {{"--state-db", "a_folder"}, "a directory"},
  };
  for (const auto& c : cases) {
    const std::string message = error_of(c.args);
    EXPECT_NE(message.find(c.expected), std::string::npos) << c.args[0] << " gave: " << message;
    EXPECT_NE(message.find(c.args[0].substr(0, c.args[0].find('='))), std::string::npos)
        << "names the flag: " << message;
  }
}

TEST_F(ConfigTest, TrustedProxiesAreAList) {
  EXPECT_TRUE(load().trusted_proxies.empty());
  EXPECT_EQ(load({"--trusted-proxies", "127.0.0.1/32,::1"}).trusted_proxies,
            (std::vector<std::string>{"127.0.0.1/32", "::1"}));
  write_config(R"({"trusted_proxies": "10.0.0.0/8"})");
  EXPECT_NE(error_of().find("must be a list of strings"), std::string::npos);
}

TEST_F(ConfigTest, ConfigFlagsAreKnownByName) {
  for (const char* flag : {"--config", "--state-db", "--data-dir", "--port", "--trusted-proxies",
                           "--discord-public-key", "--timeouts-read-seconds"}) {
    EXPECT_TRUE(is_config_flag(flag)) << flag;
  }
  for (const char* flag : {"--state", "--json", "--until", "--help", "--state_db"}) {
    EXPECT_FALSE(is_config_flag(flag)) << flag;
  }
}

TEST_F(ConfigTest, TheBaseDirIsLenbotHomeElseTheWorkingDirectory) {
  EXPECT_EQ(find_base_dir([](const std::string& name) -> std::optional<std::string> {
              if (name == "LENBOT_HOME") return "/srv/lenbot";
              return std::nullopt;
            }),
            "/srv/lenbot");
  // The test binary is not in a bin/ folder beside share/lenbot: the working directory.
  EXPECT_EQ(find_base_dir([](const std::string&) { return std::nullopt; }),
            fs::current_path().string());
}

// What state_db means: a server for postgresql:// URIs, a file for everything else.
TEST(PostgresUriTest, TellsUrisFromPaths) {
  struct Case {
    const char* state_db;
    bool uri;
  };
  const Case cases[] = {
      {"postgresql://lenbot@127.0.0.1:5432/lenbot", true},
      {"postgres://lenbot@/lenbot?host=/run/postgresql", true},
      {"data/state.db", false},
      {"/var/lib/lenbot/state.db", false},
      {"", false},
      {"postgresql:/missing-slash", false},
  };
  for (const auto& c : cases) EXPECT_EQ(is_postgres_uri(c.state_db), c.uri) << c.state_db;
}

}  // namespace
}  // namespace lenbot
