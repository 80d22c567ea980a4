#include "bot/storage/pg_pool.h"

#include <libpq-fe.h>
#include <poll.h>

#include <memory>

namespace lenbot {
namespace {

// libpq's own parser, so what we accept is exactly what it will connect with. Returns the
// options as keyword='value' pairs, with a connect timeout unless the URI sets one: without
// it an unreachable host holds a request for the kernel's TCP timeout (minutes).
std::string conninfo_from_uri(const std::string& uri) {
  char* error = nullptr;
  PQconninfoOption* options = PQconninfoParse(uri.c_str(), &error);
  if (options == nullptr) {
    std::string why = error != nullptr ? error : "out of memory";
    if (error != nullptr) PQfreemem(error);
    while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
    // libpq quotes the URI back, password and all.
    for (auto at = why.find(uri); at != std::string::npos; at = why.find(uri, at + 1)) {
      why.replace(at, uri.size(), redact_uri(uri));
    }
    throw StorageError("bad PostgreSQL URI " + redact_uri(uri) + ": " + why);
  }
  std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> owned(options, PQconninfoFree);
  std::string conninfo;
  bool has_timeout = false;
  bool has_name = false;
  bool has_options = false;
  for (const PQconninfoOption* o = options; o->keyword != nullptr; ++o) {
    if (o->val == nullptr) continue;
    const std::string keyword = o->keyword;
    has_timeout |= keyword == "connect_timeout";
    has_name |= keyword == "application_name";
    has_options |= keyword == "options";
    std::string value;
    for (const char* c = o->val; *c != '\0'; ++c) {
      if (*c == '\'' || *c == '\\') value += '\\';
      value += *c;
    }
    conninfo += keyword + "='" + value + "' ";
  }
  if (!has_timeout) conninfo += "connect_timeout=3 ";
  if (!has_name) conninfo += "application_name=lenbot ";
  // Conversation turns and the replay ledger commit without waiting for the WAL flush (a
  // PostgreSQL crash may forget the last fraction of a second of them); quiz writes turn it
  // back on in their transactions, so an acknowledged answer is durable.
  if (!has_options) conninfo += "options='-c synchronous_commit=off' ";
  return conninfo;
}

std::string first_line(std::string_view text) {
  const auto end = text.find('\n');
  std::string line(text.substr(0, end));
  while (!line.empty() && line.back() == ' ') line.pop_back();
  return line;
}

// An idle connection has nothing to read: if its socket is readable or hung up, the server
// has closed it (a restart sends a FATAL notice, then EOF). One poll() instead of a query.
bool is_stale(const pqxx::connection& connection) {
  pollfd fd{connection.sock(), POLLIN, 0};
  if (fd.fd < 0) return true;
  return ::poll(&fd, 1, 0) != 0;
}

}  // namespace

std::string redact_uri(std::string_view uri) {
  const auto scheme = uri.find("://");
  if (scheme == std::string_view::npos) return std::string(uri);
  const auto authority = scheme + 3;
  const auto at = uri.find('@', authority);
  const auto slash = uri.find('/', authority);
  if (at == std::string_view::npos || (slash != std::string_view::npos && at > slash)) {
    return std::string(uri);
  }
  const auto colon = uri.find(':', authority);
  if (colon == std::string_view::npos || colon > at) return std::string(uri);
  return std::string(uri.substr(0, colon + 1)) + "***" + std::string(uri.substr(at));
}

PgPool::PgPool(PgPoolOptions options)
    : options_(std::move(options)), conninfo_(conninfo_from_uri(options_.uri)) {
  if (options_.size == 0) options_.size = 1;
  idle_.push_back(connect());
  open_ = 1;
}

PgPool::~PgPool() = default;

void PgPool::prepare(std::string name, std::string sql) {
  std::lock_guard lock(mutex_);
  for (auto& connection : idle_) connection->prepare(name, sql);
  statements_.emplace_back(std::move(name), std::move(sql));
}

std::unique_ptr<pqxx::connection> PgPool::connect() {
  try {
    auto connection = std::make_unique<pqxx::connection>(conninfo_);
    // A lost connection is dropped and replaced by the pool, never silently reopened by
    // libpqxx 6, which could send a statement again. (Deprecated only because libpqxx 7
    // stopped reactivating altogether.)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    connection->inhibit_reactivation(true);
#pragma GCC diagnostic pop
    for (const auto& [name, sql] : statements_) connection->prepare(name, sql);
    return connection;
  } catch (const pqxx::broken_connection& e) {
    throw unavailable(e.what());
  }
}

StateUnavailable PgPool::unavailable(std::string_view why) {
  ++errors_;
  return StateUnavailable("state database " + redact_uri(options_.uri) +
                          " unavailable: " + first_line(why));
}

bool PgPool::is_connection_state(const std::string& sqlstate) {
  // 08: connection exception; 57: operator intervention (admin shutdown, crash shutdown,
  // cannot connect now); 53300: too many connections.
  return sqlstate.starts_with("08") || sqlstate.starts_with("57") || sqlstate == "53300";
}

PgPool::Lease::Lease(PgPool& owner) : pool(owner) {
  std::unique_lock lock(pool.mutex_);
  const bool ready = pool.freed_.wait_for(lock, pool.options_.wait, [&] {
    return !pool.idle_.empty() || pool.open_ < pool.options_.size;
  });
  if (!ready) throw pool.unavailable("all connections busy for too long");
  while (!pool.idle_.empty()) {
    connection = std::move(pool.idle_.back());
    pool.idle_.pop_back();
    if (!is_stale(*connection)) return;
    connection.reset();  // closed by the server while idle: open a fresh one instead
    --pool.open_;
  }
  ++pool.open_;
  lock.unlock();
  try {
    connection = pool.connect();
  } catch (...) {
    lock.lock();
    --pool.open_;
    pool.freed_.notify_one();
    throw;
  }
}

PgPool::Lease::~Lease() {
  std::lock_guard lock(pool.mutex_);
  if (broken || !connection) {
    --pool.open_;
  } else {
    pool.idle_.push_back(std::move(connection));
  }
  pool.freed_.notify_one();
}

std::optional<std::string> PgPool::problem() {
  std::lock_guard lock(probe_mutex_);
  const auto now = std::chrono::steady_clock::now();
  // A cached answer stands only if no request has failed since it was taken.
  if (probed_at_ != std::chrono::steady_clock::time_point{} &&
      now - probed_at_ < options_.probe_every && errors_.load() == errors_at_probe_) {
    return last_problem_;
  }
  try {
    run([this](pqxx::connection& c) {
      pqxx::nontransaction tx(c);
      tx.exec("SELECT 1");
      count_round_trips(1);
    });
    last_problem_.reset();
  } catch (const std::exception& e) {
    last_problem_ = first_line(e.what());
  }
  probed_at_ = now;
  errors_at_probe_ = errors_.load();
  return last_problem_;
}

}  // namespace lenbot
