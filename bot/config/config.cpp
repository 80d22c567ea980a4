#include "bot/config/config.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string_view>

namespace lenbot {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

enum class Kind { kString, kInt, kStringList };

struct KeySpec {
  std::string_view name;  // dotted path in the JSON file
  Kind kind;
  int min = 0;
  int max = 0;
  void (*apply)(Config&, const json&);
};

std::string str(const json& v) { return v.get<std::string>(); }
int num(const json& v) { return v.get<int>(); }

// The one list of settings. Adding a key here gives it a JSON name, a variable and a flag.
const KeySpec kConfigKeys[] = {
    {"host", Kind::kString, 0, 0, [](Config& c, const json& v) { c.host = str(v); }},
    {"port", Kind::kInt, 1, 65535, [](Config& c, const json& v) { c.port = num(v); }},
    {"data_dir", Kind::kString, 0, 0, [](Config& c, const json& v) { c.data_dir = str(v); }},
    {"db", Kind::kString, 0, 0, [](Config& c, const json& v) { c.db = str(v); }},
    {"state_db", Kind::kString, 0, 0, [](Config& c, const json& v) { c.state_db = str(v); }},
    {"state_pool", Kind::kInt, 1, 256, [](Config& c, const json& v) { c.state_pool = num(v); }},
    {"corpus", Kind::kString, 0, 0, [](Config& c, const json& v) { c.corpus = str(v); }},
    {"lexicon", Kind::kString, 0, 0, [](Config& c, const json& v) { c.lexicon = str(v); }},
    {"persona", Kind::kString, 0, 0, [](Config& c, const json& v) { c.persona = str(v); }},
    {"model", Kind::kString, 0, 0, [](Config& c, const json& v) { c.model = str(v); }},
    {"web_root", Kind::kString, 0, 0, [](Config& c, const json& v) { c.web_root = str(v); }},
    {"log_level", Kind::kString, 0, 0, [](Config& c, const json& v) { c.log_level = str(v); }},
    {"threads", Kind::kInt, 1, 256, [](Config& c, const json& v) { c.threads = num(v); }},
    {"max_threads", Kind::kInt, 1, 4096, [](Config& c, const json& v) { c.max_threads = num(v); }},
    {"reply_cache", Kind::kInt, 0, 1000000,
     [](Config& c, const json& v) { c.reply_cache = num(v); }},
    {"body_limit", Kind::kInt, 1024, 16 << 20,
     [](Config& c, const json& v) { c.body_limit = num(v); }},
    {"trusted_proxies", Kind::kStringList, 0, 0,
     [](Config& c, const json& v) { c.trusted_proxies = v.get<std::vector<std::string>>(); }},
    {"rate_limit.requests", Kind::kInt, 0, 1000000,
     [](Config& c, const json& v) { c.rate_limit.requests = num(v); }},
    {"rate_limit.window_seconds", Kind::kInt, 1, 86400,
     [](Config& c, const json& v) { c.rate_limit.window_seconds = num(v); }},
    {"timeouts.read_seconds", Kind::kInt, 1, 300,
     [](Config& c, const json& v) { c.timeouts.read_seconds = num(v); }},
    {"timeouts.write_seconds", Kind::kInt, 1, 300,
     [](Config& c, const json& v) { c.timeouts.write_seconds = num(v); }},
    {"timeouts.keep_alive_seconds", Kind::kInt, 1, 300,
     [](Config& c, const json& v) { c.timeouts.keep_alive_seconds = num(v); }},
    {"timeouts.keep_alive_max_count", Kind::kInt, 1, 100000,
     [](Config& c, const json& v) { c.timeouts.keep_alive_max_count = num(v); }},
    {"discord.public_key", Kind::kString, 0, 0,
     [](Config& c, const json& v) { c.discord.public_key = str(v); }},
    {"discord.application_id", Kind::kString, 0, 0,
     [](Config& c, const json& v) { c.discord.application_id = str(v); }},
    {"webhook.token", Kind::kString, 0, 0,
     [](Config& c, const json& v) { c.webhook.token = str(v); }},
    {"webhook.secret", Kind::kString, 0, 0,
     [](Config& c, const json& v) { c.webhook.secret = str(v); }},
    {"webhook.prefixes", Kind::kStringList, 0, 0,
     [](Config& c, const json& v) { c.webhook.prefixes = v.get<std::vector<std::string>>(); }},
    {"webhook.bot_user_id", Kind::kString, 0, 0,
     [](Config& c, const json& v) { c.webhook.bot_user_id = str(v); }},
    {"webhook.avatar_url", Kind::kString, 0, 0,
     [](Config& c, const json& v) { c.webhook.avatar_url = str(v); }},
};

constexpr std::array<std::string_view, 7> kLogLevels = {"trace", "debug",    "info", "warn",
                                                        "error", "critical", "off"};

// A setting's value and where it came from, for error messages.
struct Setting {
  json value;
  std::string origin;
};
using Settings = std::map<std::string, Setting, std::less<>>;

const KeySpec* find_key(std::string_view name) {
  for (const auto& spec : kConfigKeys) {
    if (spec.name == name) return &spec;
  }
  return nullptr;
}

bool is_section(std::string_view name) {
  return std::any_of(std::begin(kConfigKeys), std::end(kConfigKeys), [&](const KeySpec& spec) {
    return spec.name.size() > name.size() && spec.name.starts_with(name) &&
           spec.name[name.size()] == '.';
  });
}

std::string env_name(std::string_view key) {
  std::string out = "LENBOT_";
  for (char c : key) out += c == '.' ? '_' : static_cast<char>(std::toupper(c));
  return out;
}

std::string flag_name(std::string_view key) {
  std::string out = "--";
  for (char c : key) out += (c == '.' || c == '_') ? '-' : c;
  return out;
}

bool has_kind(const json& v, Kind kind) {
  switch (kind) {
    case Kind::kString:
      return v.is_string();
    case Kind::kInt:
      return v.is_number_integer();
    case Kind::kStringList:
      return v.is_array() &&
             std::all_of(v.begin(), v.end(), [](const json& e) { return e.is_string(); });
  }
  return false;
}

std::string_view kind_name(Kind kind) {
  switch (kind) {
    case Kind::kString:
      return "a string";
    case Kind::kInt:
      return "an integer";
    case Kind::kStringList:
      return "a list of strings";
  }
  return "";
}

// Walks the file's object, refusing unknown keys and wrongly typed values.
void collect_file(const json& object, const std::string& prefix, const std::string& origin,
                  Settings& out) {
  for (const auto& [key, value] : object.items()) {
    const std::string name = prefix.empty() ? key : prefix + "." + key;
    if (const KeySpec* spec = find_key(name)) {
      if (!has_kind(value, spec->kind)) {
        throw ConfigError(origin + ": \"" + name + "\" must be " +
                          std::string(kind_name(spec->kind)));
      }
      out[name] = {value, origin};
    } else if (is_section(name) && value.is_object()) {
      collect_file(value, name, origin, out);
    } else if (is_section(name)) {
      throw ConfigError(origin + ": \"" + name + "\" must be an object");
    } else {
      throw ConfigError(origin + ": unknown key \"" + name + "\"");
    }
  }
}

// A value given as text (variable or flag) converted to the key's type.
json parse_text(const KeySpec& spec, const std::string& text, const std::string& origin) {
  if (spec.kind == Kind::kString) return text;
  if (spec.kind == Kind::kStringList) {
    json list = json::array();
    std::stringstream stream(text);
    for (std::string item; std::getline(stream, item, ',');) {
      if (!item.empty()) list.push_back(item);
    }
    return list;
  }
  long long value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || text.empty()) {
    throw ConfigError(origin + ": expected an integer, got \"" + text + "\"");
  }
  return value;
}

void check_range(const std::string& name, const KeySpec& spec, const Setting& setting) {
  if (spec.kind == Kind::kInt) {
    const auto value = setting.value.get<long long>();
    if (value < spec.min || value > spec.max) {
      throw ConfigError(setting.origin + ": \"" + name + "\" is " + std::to_string(value) +
                        ", outside " + std::to_string(spec.min) + ".." + std::to_string(spec.max));
    }
  }
  if (name == "log_level") {
    const auto level = setting.value.get<std::string>();
    if (std::find(kLogLevels.begin(), kLogLevels.end(), level) == kLogLevels.end()) {
      throw ConfigError(setting.origin +
                        ": \"log_level\" must be one of trace, debug, info, "
                        "warn, error, critical, off");
    }
  }
  if (name == "host" && setting.value.get<std::string>().empty()) {
    throw ConfigError(setting.origin + ": \"host\" must not be empty");
  }
}

std::string resolve(const std::string& root, const std::string& path) {
  if (path.empty() || fs::path(path).is_absolute() || is_postgres_uri(path)) return path;
  return (fs::path(root) / path).lexically_normal().string();
}

// "scheme:" at the start, as a URI has ("sqlite:x.db", "postgresql://..."); a relative file
// name never needs one, and taking it as a path made a folder tree named "postgresql:".
bool looks_like_uri(const std::string& value) {
  const auto colon = value.find(':');
  if (colon == std::string::npos || colon == 0) return false;
  return std::all_of(value.begin(), value.begin() + static_cast<std::ptrdiff_t>(colon),
                     [](char c) {
                       return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' ||
                              c == '.';
                     }) &&
         std::isalpha(static_cast<unsigned char>(value[0]));
}

// `db` must be a file path; `state_db` a file path, "" (no memory) or a PostgreSQL URI.
void check_database_location(const std::string& key, const std::string& value, bool uri_allowed,
                             const std::string& origin) {
  const std::string where = origin.empty() ? "" : origin + ": ";
  if (value.empty() && !uri_allowed) throw ConfigError(where + "\"" + key + "\" must not be empty");
  if (uri_allowed && is_postgres_uri(value)) return;
  if (looks_like_uri(value)) {
    throw ConfigError(where + "\"" + key + "\" is \"" + value + "\": not a file path" +
                      (uri_allowed ? " or a supported URI (postgresql://...)" : ""));
  }
}

// After resolving: a path that names a folder cannot be a database file.
void check_not_directory(const std::string& key, const std::string& value,
                         const std::string& origin) {
  const std::string where = origin.empty() ? "" : origin + ": ";
  std::error_code ignored;
  if (!value.empty() && !is_postgres_uri(value) && fs::is_directory(value, ignored)) {
    throw ConfigError(where + "\"" + key + "\" is \"" + value + "\", a directory, not a file");
  }
}

// Flags as name -> value; accepts "--name value" and "--name=value".
std::vector<std::pair<std::string, std::string>> split_flags(const std::vector<std::string>& args) {
  std::vector<std::pair<std::string, std::string>> flags;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (!arg.starts_with("--")) throw ConfigError("unexpected argument \"" + arg + "\"");
    const auto equals = arg.find('=');
    if (equals != std::string::npos) {
      flags.emplace_back(arg.substr(0, equals), arg.substr(equals + 1));
    } else if (i + 1 < args.size()) {
      flags.emplace_back(arg, args[++i]);
    } else {
      throw ConfigError(arg + ": missing value");
    }
  }
  return flags;
}

json read_json_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ConfigError(path + ": cannot open the config file");
  std::stringstream buffer;
  buffer << in.rdbuf();
  json parsed = json::parse(buffer.str(), nullptr, false);
  if (parsed.is_discarded()) throw ConfigError(path + ": not valid JSON");
  if (!parsed.is_object()) throw ConfigError(path + ": the top level must be an object");
  return parsed;
}

}  // namespace

EnvLookup process_environment() {
  return [](const std::string& name) -> std::optional<std::string> {
    const char* value = std::getenv(name.c_str());
    if (value == nullptr) return std::nullopt;
    return std::string(value);
  };
}

bool is_postgres_uri(const std::string& value) {
  return value.starts_with("postgresql://") || value.starts_with("postgres://");
}

bool is_config_flag(const std::string& flag) {
  return flag == "--config" ||
         std::any_of(std::begin(kConfigKeys), std::end(kConfigKeys),
                     [&](const KeySpec& spec) { return flag_name(spec.name) == flag; });
}

std::string find_base_dir(const EnvLookup& env) {
  if (auto home = env("LENBOT_HOME"); home && !home->empty()) return *home;
  std::error_code ignored;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ignored);
  if (!exe.empty() && exe.parent_path().filename() == "bin") {
    const fs::path share = exe.parent_path().parent_path() / "share" / "lenbot";
    if (fs::is_directory(share / "corpus", ignored)) return share.string();
  }
  return fs::current_path(ignored).string();
}

Config load_config(const std::vector<std::string>& args, const EnvLookup& env,
                   const std::string& base_dir) {
  const auto flags = split_flags(args);
  std::string config_path;
  bool named = false;
  if (auto from_env = env("LENBOT_CONFIG")) config_path = *from_env, named = true;
  for (const auto& [flag, value] : flags) {
    if (flag == "--config") config_path = value, named = true;
  }
  if (!named) config_path = "config/lenbot.json";
  config_path = resolve(base_dir, config_path);

  Settings settings;
  Config config;
  if (named || fs::exists(config_path)) {
    collect_file(read_json_file(config_path), "", config_path, settings);
    config.config_path = config_path;
  }
  for (const auto& spec : kConfigKeys) {
    const std::string name = env_name(spec.name);
    if (auto value = env(name))
      settings[std::string(spec.name)] = {parse_text(spec, *value, name), name};
  }
  for (const auto& [flag, value] : flags) {
    if (flag == "--config") continue;
    // An init-capture, not the binding itself: clang before 16 cannot capture a structured
    // binding (a C++20 rule), so clang-tidy-14 could not parse this file.
    const auto* spec =
        std::find_if(std::begin(kConfigKeys), std::end(kConfigKeys),
                     [&wanted = flag](const KeySpec& s) { return flag_name(s.name) == wanted; });
    if (spec == std::end(kConfigKeys)) throw ConfigError("unknown flag " + flag);
    settings[std::string(spec->name)] = {parse_text(*spec, value, flag), flag};
  }
  for (const auto& [name, setting] : settings) {
    const KeySpec* spec = find_key(name);
    if (spec == nullptr) continue;  // unreachable: settings hold known keys only
    check_range(name, *spec, setting);
    spec->apply(config, setting.value);
  }
  if (config.max_threads < config.threads) {
    throw ConfigError("\"max_threads\" (" + std::to_string(config.max_threads) +
                      ") is below \"threads\" (" + std::to_string(config.threads) + ")");
  }
  const auto origin_of = [&](const char* key) {
    const auto it = settings.find(key);
    return it == settings.end() ? std::string() : it->second.origin;
  };
  // A URI is told from a relative path before a base is put in front of it.
  check_database_location("db", config.db, false, origin_of("db"));
  check_database_location("state_db", config.state_db, true, origin_of("state_db"));
  config.data_dir = resolve(base_dir, config.data_dir);
  if (!settings.contains("db")) config.db = (fs::path(config.data_dir) / "lenbot.db").string();
  if (!settings.contains("state_db")) {
    config.state_db = (fs::path(config.data_dir) / "state.db").string();
  }
  for (std::string* path : {&config.db, &config.state_db, &config.corpus, &config.lexicon,
                            &config.persona, &config.web_root, &config.model}) {
    *path = resolve(base_dir, *path);
  }
  check_not_directory("db", config.db, origin_of("db"));
  check_not_directory("state_db", config.state_db, origin_of("state_db"));
  return config;
}

}  // namespace lenbot
