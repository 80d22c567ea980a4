#pragma once
// What `lenbot serve` does on SIGHUP: re-reads the config (file, environment and the original
// flags) and the persona, and applies what can change while serving: the persona's wording
// (chat and quiz lines, and the name and avatar replies are signed with), the rate limit and
// the log level. Keys that need a restart (ports, paths, the state backend, ...) are named, not
// applied. A config or persona that does not load changes nothing: the server keeps running on
// the old ones.
#include <functional>
#include <string>
#include <vector>

#include "bot/config/config.h"
#include "bot/http/rate_limiter.h"
#include "bot/persona/live_persona.h"
#include "bot/quiz/quiz_hub.h"

namespace lenbot {

// The dotted keys ("rate_limit.requests") whose values differ between `before` and `after`.
std::vector<std::string> changed_keys(const Config& before, const Config& after);

// True for the keys SIGHUP applies: persona, rate_limit.*, log_level, webhook.avatar_url.
bool applies_on_reload(const std::string& key);

// The persona as `config` has it served: the file at config.persona, with webhook.avatar_url
// (when set) as its avatar. Throws PersonaError.
Persona served_persona(const Config& config);

// What a reload touches; every reference must outlive the reloader.
struct ReloadTargets {
  LivePersona& persona;
  QuizHub* quiz = nullptr;  // its lines are the persona's "quiz" block; null: not reloaded
  RateLimiter& limiter;
};

class ConfigReloader {
 public:
  // `running` is the config the server started with; `reread` loads it again as start-up did
  // (throws ConfigError).
  ConfigReloader(Config running, std::function<Config()> reread, ReloadTargets targets);

  // Re-reads and applies; returns the one line to log (what was reloaded, which changed keys
  // need a restart, or why nothing changed). Never throws.
  std::string reload();

 private:
  Config running_;
  std::function<Config()> reread_;
  ReloadTargets targets_;
};

}  // namespace lenbot
