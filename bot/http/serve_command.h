#pragma once
// `lenbot serve`: builds the Bot core (the index is built or refreshed here) from the Config,
// mounts the chat, status, page, quiz and channel routes and serves until SIGINT or SIGTERM,
// then finishes in-flight requests and closes the database. SIGHUP re-reads the config and the
// persona and applies what can change while serving (config_reload.h), logging one line.
#include <functional>

#include "bot/config/config.h"

namespace lenbot {

// Returns the process exit code: 0 after a clean shutdown, 2 for a bad setting (an unusable
// trusted_proxies entry), 1 when start-up fails otherwise.
// `reread` loads the config again as start-up did (file, environment, the same flags).
int run_serve_command(const Config& config, const std::function<Config()>& reread);

}  // namespace lenbot
