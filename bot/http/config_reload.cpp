#include "bot/http/config_reload.h"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <spdlog/spdlog.h>

#include <array>
#include <chrono>
#include <optional>
#include <utility>

#include "bot/quiz/quiz_voice.h"

namespace lenbot {
namespace {

using Same = bool (*)(const Config&, const Config&);

// Every key of Config (kConfigKeys in config.cpp), with how to compare it: a key missing here
// would go unreported when it changes.
#define LENBOT_KEY(name, member)                                                \
  std::pair<const char*, Same> {                                                \
    name, [](const Config& a, const Config& b) { return a.member == b.member; } \
  }
const auto kKeys = std::to_array<std::pair<const char*, Same>>({
    LENBOT_KEY("host", host),
    LENBOT_KEY("port", port),
    LENBOT_KEY("data_dir", data_dir),
    LENBOT_KEY("db", db),
    LENBOT_KEY("state_db", state_db),
    LENBOT_KEY("state_pool", state_pool),
    LENBOT_KEY("corpus", corpus),
    LENBOT_KEY("lexicon", lexicon),
    LENBOT_KEY("persona", persona),
    LENBOT_KEY("model", model),
    LENBOT_KEY("web_root", web_root),
    LENBOT_KEY("log_level", log_level),
    LENBOT_KEY("threads", threads),
    LENBOT_KEY("max_threads", max_threads),
    LENBOT_KEY("reply_cache", reply_cache),
    LENBOT_KEY("body_limit", body_limit),
    LENBOT_KEY("trusted_proxies", trusted_proxies),
    LENBOT_KEY("rate_limit.requests", rate_limit.requests),
    LENBOT_KEY("rate_limit.window_seconds", rate_limit.window_seconds),
    LENBOT_KEY("timeouts.read_seconds", timeouts.read_seconds),
    LENBOT_KEY("timeouts.write_seconds", timeouts.write_seconds),
    LENBOT_KEY("timeouts.keep_alive_seconds", timeouts.keep_alive_seconds),
    LENBOT_KEY("timeouts.keep_alive_max_count", timeouts.keep_alive_max_count),
    LENBOT_KEY("discord.public_key", discord.public_key),
    LENBOT_KEY("discord.application_id", discord.application_id),
    LENBOT_KEY("webhook.token", webhook.token),
    LENBOT_KEY("webhook.secret", webhook.secret),
    LENBOT_KEY("webhook.prefixes", webhook.prefixes),
    LENBOT_KEY("webhook.bot_user_id", webhook.bot_user_id),
    LENBOT_KEY("webhook.avatar_url", webhook.avatar_url),
});
#undef LENBOT_KEY

}  // namespace

std::vector<std::string> changed_keys(const Config& before, const Config& after) {
  std::vector<std::string> out;
  for (const auto& [name, same] : kKeys) {
    if (!same(before, after)) out.emplace_back(name);
  }
  return out;
}

bool applies_on_reload(const std::string& key) {
  return key == "persona" || key == "rate_limit.requests" || key == "rate_limit.window_seconds" ||
         key == "log_level" || key == "webhook.avatar_url";
}

Persona served_persona(const Config& config) {
  Persona persona = load_persona(config.persona);
  if (!config.webhook.avatar_url.empty()) persona.avatar_url = config.webhook.avatar_url;
  return persona;
}

ConfigReloader::ConfigReloader(Config running, std::function<Config()> reread,
                               ReloadTargets targets)
    : running_(std::move(running)), reread_(std::move(reread)), targets_(targets) {}

std::string ConfigReloader::reload() {
  // Load everything first and apply only when all of it loaded: never half a reload.
  Config fresh;
  Persona persona;
  std::optional<QuizVoice> voice;
  try {
    fresh = reread_();
    persona = served_persona(fresh);
    if (targets_.quiz != nullptr) voice = load_quiz_voice(fresh.persona);
  } catch (const std::exception& e) {  // ConfigError, PersonaError, QuizVoiceError
    return fmt::format("reload failed, still serving the old config and persona: {}", e.what());
  }

  targets_.persona.replace(std::move(persona));
  if (voice) targets_.quiz->replace_voice(std::move(*voice));
  targets_.limiter.reconfigure(fresh.rate_limit.requests,
                               std::chrono::seconds(fresh.rate_limit.window_seconds));
  spdlog::set_level(spdlog::level::from_str(fresh.log_level));

  std::vector<std::string> applied;
  std::vector<std::string> restart;
  for (std::string& key : changed_keys(running_, fresh)) {
    (applies_on_reload(key) ? applied : restart).push_back(std::move(key));
  }
  // The restart-only keys keep their running values, so the next reload reports them again.
  for (const std::string& key : applied) {
    if (key == "persona") running_.persona = fresh.persona;
    if (key == "log_level") running_.log_level = fresh.log_level;
    if (key == "webhook.avatar_url") running_.webhook.avatar_url = fresh.webhook.avatar_url;
  }
  running_.rate_limit = fresh.rate_limit;
  return fmt::format(
      "reloaded {} (persona {}; rate limit {} per {} s; log level {}); changed: {}; "
      "needs a restart: {}",
      fresh.config_path.empty() ? "built-in defaults" : fresh.config_path, fresh.persona,
      fresh.rate_limit.requests, fresh.rate_limit.window_seconds, fresh.log_level,
      applied.empty() ? "none" : fmt::format("{}", fmt::join(applied, ", ")),
      restart.empty() ? "nothing" : fmt::format("{}", fmt::join(restart, ", ")));
}

}  // namespace lenbot
