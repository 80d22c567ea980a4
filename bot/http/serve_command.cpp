#include "bot/http/serve_command.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <thread>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "bot/chat/bot.h"
#include "bot/config/config.h"
#include "bot/http/channel_routes.h"
#include "bot/http/chat_route.h"
#include "bot/http/quiz_routes.h"
#include "bot/http/server.h"
#include "bot/http/shutdown_signal.h"
#include "bot/http/state_stores.h"
#include "bot/http/static_site.h"
#include "bot/http/status_routes.h"
#include "bot/quiz/quiz_hub.h"

namespace lenbot {
namespace {

// Where the quiz and the replay ledger live when state_db is "" (no conversation memory).
constexpr const char* kQuizStateFallback = "data/state.db";

BotOptions bot_options(const Config& config, const StateStores& state) {
  BotOptions options;
  options.corpus_path = config.corpus;
  options.lexicon_path = config.lexicon;
  options.index_path = config.db;
  options.persona_path = config.persona;
  options.state_path = config.state_db;
  options.reply_cache_size = config.reply_cache;
  options.conversations = state.conversations;
  return options;
}

QuizHubOptions quiz_options(const Config& config, const StateStores& state) {
  QuizHubOptions options;
  options.corpus_path = config.corpus;
  // The quiz's answer aliases live beside the corpus they describe.
  options.aliases_path =
      (std::filesystem::path(config.corpus).parent_path() / "aliases.tsv").string();
  options.persona_path = config.persona;
  options.state_path = config.state_db.empty() ? kQuizStateFallback : config.state_db;
  options.store = state.quiz;
  return options;
}

ServerOptions server_options(const Config& config) {
  ServerOptions options;
  options.host = config.host;
  options.port = config.port;
  options.threads = config.threads;
  options.max_threads = config.max_threads;
  options.limits.body_limit = static_cast<std::size_t>(config.body_limit);
  options.read_timeout_seconds = config.timeouts.read_seconds;
  options.write_timeout_seconds = config.timeouts.write_seconds;
  options.keep_alive_seconds = config.timeouts.keep_alive_seconds;
  options.keep_alive_max_count = config.timeouts.keep_alive_max_count;
  return options;
}

// glibc gives threads their own malloc arenas, up to 8 per core, and each keeps the memory its
// threads freed. With a worker per connection that let RSS creep up under a steady load (the
// soak: +14% between minutes 5 and 16); one arena per core keeps it flat, at no measurable
// cost in throughput on this 2-core machine.
void limit_malloc_arenas() {
#if defined(__GLIBC__)
  mallopt(M_ARENA_MAX, static_cast<int>(std::max(2u, std::thread::hardware_concurrency())));
#endif
}

void make_parent_directory(const std::string& path) {
  if (path.empty()) return;
  const auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent);
}

int serve(const Config& config, const StateStores& state) {
  Router router;
  Metrics metrics;
  HttpServer server(server_options(config), router, metrics);
  ShutdownSignal signals([&server](int signal) {
    spdlog::info("signal {}: finishing in-flight requests, then stopping", signal);
    server.stop();
  });

  spdlog::info("config: {}", config.config_path.empty() ? "built-in defaults" : config.config_path);
  spdlog::info("index: {} (corpus {})", config.db, config.corpus);
  spdlog::info("state: {}", state.description);
  make_parent_directory(config.db);
  Bot bot(bot_options(config, state));
  QuizHub quiz(quiz_options(config, state));
  spdlog::info("quiz: {} questions", quiz.bank().questions().size());
  RateLimiter limiter(config.rate_limit.requests,
                      std::chrono::seconds(config.rate_limit.window_seconds));

  spdlog::info("web page: {}", config.web_root);
  mount_static_site(router, load_static_site(config.web_root));
  metrics.watch_reply_cache([&bot] { return bot.reply_cache_stats(); });
  if (state.stats) metrics.watch_state_store(state.stats);
  mount_status_routes(router, metrics, state.problem);
  mount_chat_routes(
      router, [&bot](const ChatRequest& request) { return bot.ask(request); }, limiter, metrics);
  mount_quiz_routes(router, quiz, limiter);
  mount_channel_routes(router, config.discord, config.webhook,
                       {[&bot](const ChatRequest& request) { return bot.ask(request); }, quiz,
                        limiter, state.replays.get()});

  const int port = server.bind();
  spdlog::info("listening on http://{}:{}/ ({} to {} threads)", config.host, port, config.threads,
               config.max_threads);
  server.run();
  spdlog::info("stopped; closing the database");
  return 0;
}

}  // namespace

int run_serve_command(const std::vector<std::string>& args) {
  Config config;
  try {
    config = load_config(args, process_environment(), find_project_root());
  } catch (const ConfigError& e) {
    spdlog::error("config: {}", e.what());
    return 2;
  }
  spdlog::set_level(spdlog::level::from_str(config.log_level));
  limit_malloc_arenas();
  // The state store first: a bad URI, a wrong password or an unreachable database is one
  // error line and exit code 2 (like a bad config), before the index is built.
  StateStores state;
  try {
    state = open_state_stores(config.state_db, kQuizStateFallback, config.state_pool);
  } catch (const StorageError& e) {
    spdlog::error("state_db: {}", e.what());
    return 2;
  }
  try {
    return serve(config, state);
  } catch (const std::exception& e) {
    spdlog::error("cannot start: {}", e.what());
    return 1;
  }
}

}  // namespace lenbot
