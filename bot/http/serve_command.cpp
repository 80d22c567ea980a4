#include "bot/http/serve_command.h"

#include <fmt/ranges.h>
#include <spdlog/spdlog.h>
#include <stdlib.h>

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "bot/chat/bot_config.h"
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "bot/chat/bot.h"
#include "bot/config/config.h"
#include "bot/config/version.h"
#include "bot/http/channel_routes.h"
#include "bot/http/chat_route.h"
#include "bot/http/config_reload.h"
#include "bot/http/quiz_routes.h"
#include "bot/http/server.h"
#include "bot/http/shutdown_signal.h"
#include "bot/http/state_stores.h"
#include "bot/http/static_site.h"
#include "bot/http/status_routes.h"
#include "bot/persona/live_persona.h"
#include "bot/persona/persona.h"
#include "bot/quiz/quiz_hub.h"

namespace lenbot {
namespace {

// The SQLite file the quiz, the replay ledger and moderation use: state_db itself, "" when
// state_db is a PostgreSQL URI (the database holds them), and when state_db is "" (no memory)
// a private file removed at exit, so nothing outlives the process and no data/state.db appears
// behind the admin's back.
class ScratchState {
 public:
  explicit ScratchState(const std::string& state_db) {
    if (!state_db.empty()) {
      if (!is_postgres_uri(state_db)) path_ = state_db;
      return;
    }
    std::string pattern = (std::filesystem::temp_directory_path() / "lenbot-quiz-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("cannot make a temp folder");
    folder_ = pattern;
    path_ = folder_ + "/quiz.db";
  }
  ~ScratchState() {
    std::error_code ignored;
    if (!folder_.empty()) std::filesystem::remove_all(folder_, ignored);
  }
  ScratchState(const ScratchState&) = delete;
  ScratchState& operator=(const ScratchState&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string folder_;
  std::string path_;
};

QuizHubOptions quiz_options(const Config& config, const std::string& state_path,
                            const StateStores& state) {
  QuizHubOptions options;
  options.corpus_path = config.corpus;
  // The quiz's answer aliases live beside the corpus they describe.
  options.aliases_path =
      (std::filesystem::path(config.corpus).parent_path() / "aliases.tsv").string();
  options.persona_path = config.persona;
  options.state_path = state_path;
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
  options.trusted_proxies = TrustedProxies(config.trusted_proxies);
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

// The reloader as the signal thread reaches it: only while serving (everything it touches
// exists then), and never taken away in the middle of a reload.
class ReloadSlot {
 public:
  // The reload's log line; nullopt outside serving.
  std::optional<std::string> reload() {
    const std::lock_guard lock(mutex_);
    if (reloader_ == nullptr) return std::nullopt;
    return reloader_->reload();
  }

  // Fills the slot for its lifetime.
  class Serving {
   public:
    Serving(ReloadSlot& slot, ConfigReloader& reloader) : slot_(slot) { slot_.set(&reloader); }
    ~Serving() { slot_.set(nullptr); }
    Serving(const Serving&) = delete;
    Serving& operator=(const Serving&) = delete;

   private:
    ReloadSlot& slot_;
  };

 private:
  void set(ConfigReloader* reloader) {
    const std::lock_guard lock(mutex_);
    reloader_ = reloader;
  }
  std::mutex mutex_;
  ConfigReloader* reloader_ = nullptr;
};

// One start-up line per channel and for the state backend, so `journalctl -u lenbot` answers
// "is Discord on?" without reading the config.
void log_channels(const Config& config, const ServerOptions& server, const StateStores& state) {
  if (config.discord.public_key.empty()) {
    spdlog::info("discord: off (discord.public_key is empty; /discord/interactions answers 503)");
  } else {
    spdlog::info("discord: on at /discord/interactions (application id {})",
                 config.discord.application_id.empty() ? "not set" : config.discord.application_id);
  }
  if (config.webhook.token.empty() && config.webhook.secret.empty()) {
    spdlog::info("webhook: on at /webhook/message, unauthenticated (keep it on loopback)");
  } else {
    spdlog::info("webhook: on at /webhook/message ({})",
                 config.webhook.secret.empty() ? "token" : "HMAC secret");
  }
  if (config.state_db.empty()) {
    spdlog::info("state: none (state_db is empty: no conversation memory; quiz in a temp file)");
  } else {
    spdlog::info("state: {}", state.description);
  }
  spdlog::info("trusted proxies: {}",
               server.trusted_proxies.empty()
                   ? std::string("none (X-Forwarded-For ignored)")
                   : fmt::format("{}", fmt::join(config.trusted_proxies, ", ")));
}

int serve(const Config& config, const std::function<Config()>& reread,
          const ServerOptions& server_settings, const StateStores& state,
          const std::string& sqlite_state) {
  Router router;
  Metrics metrics;
  HttpServer server(server_settings, router, metrics);
  ReloadSlot reloader;
  ShutdownSignal signals([&server, &reloader](int signal) {
    if (signal == SIGHUP) {
      // The signal thread runs it: requests keep being served while the files are read.
      if (auto line = reloader.reload()) {
        spdlog::info("SIGHUP: {}", *line);
      } else {
        spdlog::warn("SIGHUP while starting up or stopping: nothing reloaded");
      }
      return;
    }
    spdlog::info("signal {}: finishing in-flight requests, then stopping", signal);
    server.stop();
  });

  spdlog::info("lenbot {}; config: {}", version(),
               config.config_path.empty() ? "built-in defaults" : config.config_path);
  spdlog::info("index: {} (corpus {})", config.db, config.corpus);
  make_parent_directory(config.db);
  log_channels(config, server_settings, state);
  auto persona = std::make_shared<LivePersona>(served_persona(config));
  BotOptions options = bot_options_from(config);
  options.conversations = state.conversations;
  options.persona = persona;
  prepare_index(options);
  Bot bot(options);
  QuizHub quiz(quiz_options(config, sqlite_state, state));
  spdlog::info("quiz: {} questions", quiz.bank().questions().size());
  RateLimiter limiter(config.rate_limit.requests,
                      std::chrono::seconds(config.rate_limit.window_seconds));

  spdlog::info("web page: {}", config.web_root);
  mount_static_site(router, load_static_site(config.web_root));
  metrics.watch_reply_cache([&bot] { return bot.reply_cache_stats(); });
  metrics.watch_quiz(state.quiz_stats);
  if (state.stats) metrics.watch_state_store(state.stats);
  mount_status_routes(router, metrics, state.problem);
  mount_chat_routes(
      router, [&bot](const ChatRequest& request) { return bot.ask(request); }, limiter, metrics);
  mount_quiz_routes(router, quiz, limiter);
  ChannelBlocklist blocklist([open = state.moderation] { return open()->blocked_channels(); });
  ChannelServices services{[&bot](const ChatRequest& request) { return bot.ask(request); }, quiz,
                           limiter};
  services.replays = state.replays.get();
  services.blocklist = &blocklist;
  services.moderation = state.moderation;
  services.author = [persona] {
    const auto now = persona->current();
    return EmbedAuthor{now->username, now->avatar_url};
  };
  mount_channel_routes(router, config.discord, config.webhook, std::move(services));

  const int port = server.bind();
  spdlog::info("listening on http://{}:{}/ ({} to {} threads)", config.host, port, config.threads,
               config.max_threads);
  ConfigReloader reload(config, reread, {*persona, &quiz, limiter});
  const ReloadSlot::Serving serving(reloader, reload);
  server.run();
  spdlog::info("stopped; closing the database");
  return 0;
}

}  // namespace

int run_serve_command(const Config& config, const std::function<Config()>& reread) {
  spdlog::set_level(spdlog::level::from_str(config.log_level));
  ServerOptions settings;
  try {
    settings = server_options(config);
  } catch (const std::invalid_argument& e) {
    spdlog::error("config: {}", e.what());
    return 2;
  }
  limit_malloc_arenas();
  try {
    const ScratchState sqlite_state(config.state_db);
    // The state store before the index: a bad URI, a wrong password or an unreachable database
    // is one error line and exit code 2 (like a bad config).
    StateStores state;
    try {
      state = open_state_stores(config.state_db, sqlite_state.path(), config.state_pool);
    } catch (const StorageError& e) {
      spdlog::error("state_db: {}", e.what());
      return 2;
    }
    return serve(config, reread, settings, state, sqlite_state.path());
  } catch (const std::exception& e) {
    spdlog::error("cannot start: {}", e.what());
    return 1;
  }
}

}  // namespace lenbot
