#pragma once
// The PostgreSQL side of the state store: a bounded pool of libpqxx connections to one
// `postgresql://` URI, shared by every store in a replica. A store borrows a connection with
// run(); a connection that breaks is dropped and the next borrower opens a fresh one, so a
// restarted PostgreSQL is picked up without help. While the database cannot be reached, run()
// throws StateUnavailable, which the HTTP layer answers with a JSON 503.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <pqxx/pqxx>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "bot/storage/database.h"

namespace lenbot {

// The URI with any password replaced by "***", for logs and error messages.
std::string redact_uri(std::string_view uri);

struct PgPoolOptions {
  std::string uri;
  std::size_t size = 8;                         // connections at most, per replica
  std::chrono::milliseconds wait{2000};         // how long a borrower waits for a free one
  std::chrono::milliseconds probe_every{1000};  // /healthz asks the server at most this often
};

class PgPool {
 public:
  // Checks the URI (StorageError naming what is wrong) and opens one connection, so a wrong
  // password or an unreachable server fails at start-up (StateUnavailable with libpq's reason).
  explicit PgPool(PgPoolOptions options);
  ~PgPool();
  PgPool(const PgPool&) = delete;
  PgPool& operator=(const PgPool&) = delete;

  // Statements every connection prepares when it opens (name, SQL). Call before serving.
  void prepare(std::string name, std::string sql);

  // Runs `work(connection)` on a connection no other thread is using. A lost connection or a
  // server shutting down throws StateUnavailable (and the connection is dropped); SQL errors
  // propagate as they are.
  template <typename Work>
  auto run(Work&& work) {
    Lease lease(*this);
    try {
      return work(*lease.connection);
    } catch (const pqxx::broken_connection& e) {
      lease.broken = true;
      throw unavailable(e.what());
    } catch (const pqxx::in_doubt_error& e) {
      lease.broken = true;
      throw unavailable(e.what());
    } catch (const pqxx::sql_error& e) {
      if (!is_connection_state(e.sqlstate())) throw;
      lease.broken = true;
      throw unavailable(e.what());
    }
  }

  // nullopt while the server answers, otherwise why not. Asks it at most once per probe_every,
  // and again as soon as a request has failed.
  std::optional<std::string> problem();

  // Statements sent to the server (BEGIN and COMMIT count), and requests refused because the
  // server could not be reached: both for /metrics.
  std::uint64_t round_trips() const { return round_trips_.load(); }
  std::uint64_t errors() const { return errors_.load(); }
  void count_round_trips(std::uint64_t n) { round_trips_ += n; }

 private:
  struct Lease {
    explicit Lease(PgPool& pool);
    ~Lease();
    PgPool& pool;
    std::unique_ptr<pqxx::connection> connection;
    bool broken = false;
  };

  std::unique_ptr<pqxx::connection> connect();
  StateUnavailable unavailable(std::string_view why);
  static bool is_connection_state(const std::string& sqlstate);

  PgPoolOptions options_;
  std::string conninfo_;
  std::mutex mutex_;
  std::condition_variable freed_;
  std::vector<std::unique_ptr<pqxx::connection>> idle_;
  std::size_t open_ = 0;  // idle plus lent out
  std::vector<std::pair<std::string, std::string>> statements_;
  std::atomic<std::uint64_t> round_trips_{0};
  std::atomic<std::uint64_t> errors_{0};
  std::mutex probe_mutex_;
  std::chrono::steady_clock::time_point probed_at_{};
  std::optional<std::string> last_problem_;
  std::uint64_t errors_at_probe_ = 0;
};

}  // namespace lenbot
