#include "bot/http/worker_pool.h"

#include <algorithm>

namespace lenbot {

WorkerPool::WorkerPool(std::size_t min_threads, std::size_t max_threads,
                       std::chrono::milliseconds idle_timeout)
    : min_threads_(std::max<std::size_t>(min_threads, 1)),
      max_threads_(std::max(max_threads, min_threads_)),
      idle_timeout_(idle_timeout) {
  std::lock_guard lock(mutex_);
  while (workers_.size() < min_threads_) spawn();
}

WorkerPool::~WorkerPool() { shutdown(); }

void WorkerPool::spawn() {
  ++idle_;  // counted as free from the start, so a second enqueue() does not start another
  std::thread worker([this] { work(); });
  const auto id = worker.get_id();
  workers_.emplace(id, std::move(worker));
}

void WorkerPool::enqueue(std::function<void()> fn) {
  join_retired();
  {
    std::lock_guard lock(mutex_);
    jobs_.push_back(std::move(fn));
    if (jobs_.size() > idle_ && workers_.size() < max_threads_ && !shutdown_) spawn();
  }
  ready_.notify_one();
}

void WorkerPool::work() {
  std::unique_lock lock(mutex_);
  // idle_ counts this worker whenever it is not running a job.
  for (;;) {
    const bool woken =
        ready_.wait_for(lock, idle_timeout_, [this] { return shutdown_ || !jobs_.empty(); });
    if (!jobs_.empty()) {
      auto fn = std::move(jobs_.front());
      jobs_.pop_front();
      --idle_;
      lock.unlock();
      fn();
      fn = nullptr;  // the connection's captures go before the lock is taken again
      lock.lock();
      ++idle_;
      continue;
    }
    if (shutdown_) {
      --idle_;
      return;
    }
    if (!woken && workers_.size() > min_threads_) {
      --idle_;
      // An extra worker with nothing to do leaves; the next enqueue() or shutdown() joins it.
      auto self = workers_.find(std::this_thread::get_id());
      retired_.push_back(std::move(self->second));
      workers_.erase(self);
      return;
    }
  }
}

void WorkerPool::join_retired() {
  std::vector<std::thread> done;
  {
    std::lock_guard lock(mutex_);
    done.swap(retired_);
  }
  for (auto& t : done) t.join();
}

void WorkerPool::shutdown() {
  std::vector<std::thread> all;
  {
    std::lock_guard lock(mutex_);
    shutdown_ = true;
  }
  ready_.notify_all();
  {
    std::lock_guard lock(mutex_);
    // No worker retires or starts once shutdown_ is set, so these are all of them.
    for (auto& [id, t] : workers_) all.push_back(std::move(t));
    workers_.clear();
    for (auto& t : retired_) all.push_back(std::move(t));
    retired_.clear();
  }
  for (auto& t : all) {
    if (t.joinable()) t.join();
  }
}

std::size_t WorkerPool::threads() const {
  std::lock_guard lock(mutex_);
  return workers_.size();
}

}  // namespace lenbot
