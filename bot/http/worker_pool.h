#pragma once
// The server's task queue: `min_threads` workers always, more on demand up to `max_threads`,
// the extra ones leaving again after `idle_timeout` without work. cpp-httplib gives each
// connection a worker for as long as it is open, so a fixed pool of 8 is held hostage by 8
// clients that send their headers one byte at a time; this one keeps answering until
// `max_threads` connections are open at once, and costs no more than a fixed pool when quiet.
#include <httplib.h>

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace lenbot {

class WorkerPool : public httplib::TaskQueue {
 public:
  WorkerPool(std::size_t min_threads, std::size_t max_threads,
             std::chrono::milliseconds idle_timeout = std::chrono::seconds(30));
  ~WorkerPool() override;
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // Queues `fn`, starting a worker when none is free and the pool is below its maximum.
  void enqueue(std::function<void()> fn) override;
  // Runs what is queued, then stops and joins every worker. Idempotent.
  void shutdown() override;

  // Workers alive now (for tests and logs).
  std::size_t threads() const;

 private:
  void spawn();  // with mutex_ held
  void work();
  void join_retired();

  const std::size_t min_threads_;
  const std::size_t max_threads_;
  const std::chrono::milliseconds idle_timeout_;
  mutable std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> jobs_;
  std::map<std::thread::id, std::thread> workers_;
  std::vector<std::thread> retired_;  // idle extra workers that have left, not yet joined
  std::size_t idle_ = 0;
  bool shutdown_ = false;
};

}  // namespace lenbot
