#pragma once
// lenbot's settings: config/lenbot.json, then LENBOT_* environment variables, then command-line
// flags, each overriding the one before. Every key has one dotted name ("timeouts.read_seconds")
// from which its variable (LENBOT_TIMEOUTS_READ_SECONDS) and flag (--timeouts-read-seconds) are
// derived; see kConfigKeys in config.cpp. Loading validates everything once and throws
// ConfigError naming the offending key, so the rest of the program reads plain fields.
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace lenbot {

class ConfigError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct RateLimitConfig {
  int requests = 20;  // per key (client address, user) per window; 0 turns limiting off
  int window_seconds = 60;
};

struct TimeoutConfig {
  int read_seconds = 5;
  int write_seconds = 5;
  int keep_alive_seconds = 3;
  int keep_alive_max_count = 100;  // requests per connection before the server closes it
};

struct DiscordSettings {
  std::string public_key;  // hex Ed25519 key from the developer portal
  std::string application_id;
};

struct WebhookSettings {
  std::string token;
  std::string secret;
  std::vector<std::string> prefixes = {"!len", "len,"};
  std::string bot_user_id;
  std::string avatar_url;
  std::string username;  // not a key: replies are signed through ChannelServices::author
};

struct Config {
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string data_dir = "data";      // where db and state_db live unless set themselves
  std::string db = "data/lenbot.db";  // the FTS index
  // conversations, quiz sessions, Discord replay ledger: a SQLite file, a postgresql:// URI
  // (replicas sharing one database, docs/deploy.md), or "" to keep no memory
  std::string state_db = "data/state.db";
  int state_pool = 8;  // PostgreSQL connections at most, per replica
  std::string corpus = "corpus/kagamine_len_article.txt";
  std::string lexicon = "corpus/lexicon.tsv";
  std::string persona = "personas/len.json";
  // The learned ranker's model (`lenbot train` writes it); "" answers with the hand ranker.
  std::string model = "corpus/ranker_model.json";
  std::string web_root = "bot/web";
  std::string log_level = "info";            // trace, debug, info, warn, error, critical, off
  int threads = 8;                           // HTTP worker threads always running
  int max_threads = 512;                     // ... and at most: one per open connection
  int reply_cache = 1024;                    // stand-alone questions' answers kept; 0 keeps none
  int body_limit = 65536;                    // bytes
  std::vector<std::string> trusted_proxies;  // CIDRs whose X-Forwarded-For is believed
  RateLimitConfig rate_limit;
  TimeoutConfig timeouts;
  DiscordSettings discord;
  WebhookSettings webhook;
  std::string config_path;  // the file actually read; "" when none was
};

// Looks up an environment variable; nullopt when unset. Tests pass a map instead of getenv.
using EnvLookup = std::function<std::optional<std::string>(const std::string& name)>;
EnvLookup process_environment();

// Builds the Config from `args` (flags only, e.g. {"--port", "9000", "--db=/tmp/x.db"}), the
// environment and the file named by --config, LENBOT_CONFIG or else config/lenbot.json (that
// default may be missing; a named file may not). Relative paths are resolved against
// `base_dir`; `db` and `state_db` default to files in `data_dir`. Throws ConfigError for bad
// JSON, an unknown key, a wrong type, a value out of range, an unknown flag, or a `db`/`state_db`
// that is neither a file path nor a supported URI, naming the key or flag.
Config load_config(const std::vector<std::string>& args, const EnvLookup& env,
                   const std::string& base_dir);

// True for the flags load_config understands: --config and one per key ("--state-db").
bool is_config_flag(const std::string& flag);

// The one base relative paths resolve against: $LENBOT_HOME when set; else PREFIX/share/lenbot
// when the binary runs from PREFIX/bin and that folder holds the corpus (an installed lenbot);
// else the working directory. Never the folder lenbot was built in.
std::string find_base_dir(const EnvLookup& env);

// True when `value` names a PostgreSQL server (postgresql:// or postgres://), which state_db
// accepts; connecting is the storage layer's business.
bool is_postgres_uri(const std::string& value);

}  // namespace lenbot
