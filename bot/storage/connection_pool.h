#pragma once
// A checkout pool of per-thread SQLite sessions: a request borrows one, uses it alone, and
// returns it when the lease ends. `Session` is constructed from the database path and owns a
// Database plus whatever prepared statements it caches.
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace lenbot {

template <typename Session>
class ConnectionPool {
 public:
  explicit ConnectionPool(std::string path) : path_(std::move(path)) {}

  class Lease {
   public:
    Lease(ConnectionPool& pool, std::unique_ptr<Session> session)
        : pool_(pool), session_(std::move(session)) {}
    ~Lease() {
      if (session_) pool_.give_back(std::move(session_));
    }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Session& operator*() { return *session_; }
    Session* operator->() { return session_.get(); }

   private:
    ConnectionPool& pool_;
    std::unique_ptr<Session> session_;
  };

  // Borrows an idle session, or opens a new one (outside the lock) when none is idle.
  Lease acquire() {
    {
      std::lock_guard lock(mutex_);
      if (!idle_.empty()) {
        auto session = std::move(idle_.back());
        idle_.pop_back();
        return Lease(*this, std::move(session));
      }
    }
    return Lease(*this, std::make_unique<Session>(path_));
  }

 private:
  void give_back(std::unique_ptr<Session> session) {
    std::lock_guard lock(mutex_);
    idle_.push_back(std::move(session));
  }

  std::string path_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Session>> idle_;
};

}  // namespace lenbot
