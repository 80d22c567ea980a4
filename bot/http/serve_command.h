#pragma once
// `lenbot serve [--config FILE] [--host H] [--port N] [--db PATH] ...`: loads the config, builds
// the Bot core (the index is built or refreshed here), mounts the chat, status and page routes
// and serves until SIGINT or SIGTERM, then finishes in-flight requests and closes the database.
#include <string>
#include <vector>

namespace lenbot {

// `args` are the words after "serve". Returns the process exit code: 0 after a clean
// shutdown, 2 for a bad config or command line, 1 when start-up fails otherwise.
int run_serve_command(const std::vector<std::string>& args);

}  // namespace lenbot
