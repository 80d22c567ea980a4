// SIGHUP's reload without the signal: a re-read config and persona swapped into a running
// server's parts, what needs a restart named, and a bad file changing nothing.
#include "bot/http/config_reload.h"

#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "tests/support/temp_dir.h"

namespace lenbot {
namespace {

using nlohmann::json;
using std::chrono::seconds;

json shipped_persona() {
  std::ifstream in(LENBOT_SOURCE_DIR "/personas/len.json");
  return json::parse(in);
}

void write(const std::filesystem::path& path, const std::string& text) {
  std::ofstream(path) << text;
}

TEST(ConfigReloadTest, ChangedKeysNameEveryKeyThatDiffers) {
  struct Case {
    std::function<void(Config&)> change;
    std::vector<std::string> keys;
  };
  const Case cases[] = {
      {[](Config&) {}, {}},
      {[](Config& c) { c.port = 9000; }, {"port"}},
      {[](Config& c) { c.state_db = "postgresql://x@/y"; }, {"state_db"}},
      {[](Config& c) { c.db = "/tmp/other.db"; }, {"db"}},
      {[](Config& c) { c.persona = "/tmp/rin.json"; }, {"persona"}},
      {[](Config& c) {
         c.rate_limit.requests = 5;
         c.rate_limit.window_seconds = 10;
       },
       {"rate_limit.requests", "rate_limit.window_seconds"}},
      {[](Config& c) { c.log_level = "debug"; }, {"log_level"}},
      {[](Config& c) { c.trusted_proxies = {"10.0.0.0/8"}; }, {"trusted_proxies"}},
      {[](Config& c) { c.timeouts.keep_alive_max_count = 7; }, {"timeouts.keep_alive_max_count"}},
      {[](Config& c) { c.discord.public_key = "ab"; }, {"discord.public_key"}},
      {[](Config& c) { c.webhook.prefixes = {"!rin"}; }, {"webhook.prefixes"}},
      {[](Config& c) { c.webhook.avatar_url = "https://example.org/a.png"; },
       {"webhook.avatar_url"}},
      // Not a key: which file was read is no setting.
      {[](Config& c) { c.config_path = "/etc/lenbot/other.json"; }, {}},
  };
  for (const Case& c : cases) {
    Config after;
    c.change(after);
    EXPECT_EQ(changed_keys(Config{}, after), c.keys) << ::testing::PrintToString(c.keys);
  }
}

TEST(ConfigReloadTest, OnlyWordingLimitsAndLoggingApplyWhileServing) {
  for (const char* key : {"persona", "rate_limit.requests", "rate_limit.window_seconds",
                          "log_level", "webhook.avatar_url"}) {
    EXPECT_TRUE(applies_on_reload(key)) << key;
  }
  for (const char* key : {"host", "port", "db", "state_db", "data_dir", "corpus", "model",
                          "threads", "trusted_proxies", "discord.public_key", "webhook.secret"}) {
    EXPECT_FALSE(applies_on_reload(key)) << key;
  }
}

class ConfigReloaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    persona_path_ = dir_.file("len.json");
    write(persona_path_, shipped_persona().dump());
    running_.persona = persona_path_;
    running_.config_path = dir_.file("lenbot.json");
    fresh_ = running_;
    persona_ = std::make_unique<LivePersona>(served_persona(running_));
    reloader_ = std::make_unique<ConfigReloader>(
        running_,
        [this] {
          if (broken_config_) throw ConfigError("config: port: must be a number");
          return fresh_;
        },
        ReloadTargets{*persona_, nullptr, limiter_});
  }
  void TearDown() override { spdlog::set_level(spdlog::level::info); }

  // Spends `key`'s whole allowance; how many requests went through (stops at 1000).
  int allowance(const std::string& key) {
    int granted = 0;
    while (granted < 1000 && limiter_.acquire(key) == 0) ++granted;
    return granted;
  }

  TempDir dir_{"config_reload"};
  std::string persona_path_;
  Config running_;
  Config fresh_;  // what the next re-read returns
  bool broken_config_ = false;
  RateLimiter limiter_{20, seconds(60)};
  std::unique_ptr<LivePersona> persona_;
  std::unique_ptr<ConfigReloader> reloader_;
};

TEST_F(ConfigReloaderTest, SwapsInTheEditedPersona) {
  json edited = shipped_persona();
  edited["webhook"]["username"] = "Len, reloaded";
  edited["smalltalk"]["greeting"] = json::array({"Yo, fresh from a reload!"});
  write(persona_path_, edited.dump());
  const auto before = persona_->current();

  const std::string line = reloader_->reload();
  EXPECT_NE(line.find("reloaded " + running_.config_path), std::string::npos) << line;
  EXPECT_NE(line.find("needs a restart: nothing"), std::string::npos) << line;
  EXPECT_EQ(persona_->current()->username, "Len, reloaded");
  EXPECT_EQ(persona_->current()->smalltalk.at("greeting"),
            std::vector<std::string>{"Yo, fresh from a reload!"});
  EXPECT_EQ(before->username, "Kagamine Len") << "a reply already holding the old one keeps it";
}

TEST_F(ConfigReloaderTest, AppliesRateLimitAndLogLevelAndNamesWhatNeedsARestart) {
  fresh_.rate_limit.requests = 3;
  fresh_.log_level = "debug";
  fresh_.port = 9999;
  fresh_.state_db = "postgresql://lenbot@/lenbot";
  fresh_.webhook.avatar_url = "https://example.org/len.png";

  const std::string line = reloader_->reload();
  EXPECT_NE(line.find("changed: log_level, rate_limit.requests, webhook.avatar_url"),
            std::string::npos)
      << line;
  EXPECT_NE(line.find("needs a restart: port, state_db"), std::string::npos) << line;
  EXPECT_EQ(allowance("fan"), 3);
  EXPECT_EQ(spdlog::get_level(), spdlog::level::debug);
  EXPECT_EQ(persona_->current()->avatar_url, "https://example.org/len.png");

  // The restart keys still differ from what runs, so the next reload says so again; the
  // applied ones are now what runs.
  const std::string again = reloader_->reload();
  EXPECT_NE(again.find("changed: none"), std::string::npos) << again;
  EXPECT_NE(again.find("needs a restart: port, state_db"), std::string::npos) << again;
}

TEST_F(ConfigReloaderTest, ABadPersonaOrConfigChangesNothing) {
  fresh_.rate_limit.requests = 3;
  fresh_.log_level = "debug";
  struct Case {
    std::string name;
    std::string persona_text;
    bool broken_config;
  };
  json no_greeting = shipped_persona();
  no_greeting["smalltalk"].erase("greeting");
  const Case cases[] = {
      {"persona not JSON", "{ this is not json", false},
      {"persona missing a required key", no_greeting.dump(), false},
      {"persona file gone", "", false},
      {"config does not load", shipped_persona().dump(), true},
  };
  for (const Case& c : cases) {
    if (c.persona_text.empty()) {
      std::filesystem::remove(persona_path_);
    } else {
      write(persona_path_, c.persona_text);
    }
    broken_config_ = c.broken_config;
    const auto before = persona_->current();
    const std::string line = reloader_->reload();
    EXPECT_NE(line.find("reload failed, still serving the old config and persona"),
              std::string::npos)
        << c.name << ": " << line;
    EXPECT_EQ(persona_->current(), before) << c.name;
    EXPECT_EQ(spdlog::get_level(), spdlog::level::info) << c.name;
  }
  EXPECT_EQ(allowance("fan"), 20) << "the rate limit stayed as it was";
}

TEST_F(ConfigReloaderTest, TheQuizSpeaksTheReloadedLines) {
  QuizHubOptions options;
  options.corpus_path = LENBOT_SOURCE_DIR "/corpus/kagamine_len_article.txt";
  options.aliases_path = LENBOT_SOURCE_DIR "/corpus/aliases.tsv";
  options.persona_path = persona_path_;
  options.state_path = dir_.file("quiz.db");
  QuizHub hub(options);
  ConfigReloader reloader(running_, [this] { return fresh_; }, {*persona_, &hub, limiter_});

  json edited = shipped_persona();
  edited["quiz"]["ask"] = json::array({"Reloaded quiz, go!"});
  write(persona_path_, edited.dump());
  reloader.reload();
  const auto started = hub.with_service(
      [](QuizService& quiz) { return quiz.start("reload", "ann", std::nullopt, false); });
  ASSERT_TRUE(started);
  EXPECT_NE(started->reply.find("Reloaded quiz, go!"), std::string::npos) << started->reply;
}

}  // namespace
}  // namespace lenbot
