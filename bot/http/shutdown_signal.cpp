#include "bot/http/shutdown_signal.h"

#include <pthread.h>

#include <csignal>
#include <ctime>

namespace lenbot {
namespace {

sigset_t shutdown_signals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGHUP);  // its default action kills; the callback decides instead
  return set;
}

}  // namespace

ShutdownSignal::ShutdownSignal(std::function<void(int)> on_signal) {
  const sigset_t set = shutdown_signals();
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  waiter_ = std::thread([this, set, on_signal = std::move(on_signal)] {
    const timespec poll{0, 100'000'000};  // wake up to notice destruction
    while (!done_) {
      const int signal = sigtimedwait(&set, nullptr, &poll);
      if (signal > 0) on_signal(signal);
    }
  });
}

ShutdownSignal::~ShutdownSignal() {
  done_ = true;
  waiter_.join();
}

}  // namespace lenbot
