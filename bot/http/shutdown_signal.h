#pragma once
// Graceful shutdown on SIGINT/SIGTERM (and SIGHUP, which the callback may choose to ignore)
// without async-signal-safety puzzles: the signals are
// blocked in the constructing thread (and so in every thread started after it) and a dedicated
// thread waits for them and calls `on_signal` as ordinary code.
#include <atomic>
#include <functional>
#include <thread>

namespace lenbot {

class ShutdownSignal {
 public:
  // Construct before starting any other thread. `on_signal` gets the signal number.
  explicit ShutdownSignal(std::function<void(int)> on_signal);
  ~ShutdownSignal();  // stops waiting; signals stay blocked
  ShutdownSignal(const ShutdownSignal&) = delete;
  ShutdownSignal& operator=(const ShutdownSignal&) = delete;

 private:
  std::atomic<bool> done_{false};
  std::thread waiter_;
};

}  // namespace lenbot
