#include "bot/http/worker_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace lenbot {
namespace {

using namespace std::chrono_literals;

// Jobs that hold their worker until released, as a slow client holds a connection.
class Gate {
 public:
  std::function<void()> job() {
    return [this] {
      std::unique_lock lock(mutex_);
      ++started_;
      changed_.notify_all();
      changed_.wait(lock, [this] { return open_; });
      ++finished_;
      changed_.notify_all();
    };
  }
  bool wait_started(int n) {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, 5s, [&] { return started_ >= n; });
  }
  bool wait_finished(int n) {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, 5s, [&] { return finished_ >= n; });
  }
  int started() {
    std::lock_guard lock(mutex_);
    return started_;
  }
  void open() {
    std::lock_guard lock(mutex_);
    open_ = true;
    changed_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  int started_ = 0;
  int finished_ = 0;
  bool open_ = false;
};

bool eventually(const std::function<bool()>& condition) {
  const auto deadline = std::chrono::steady_clock::now() + 5s;
  while (!condition()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(5ms);
  }
  return true;
}

TEST(WorkerPoolTest, StartsWorkersWhileTheOthersAreHeld) {
  WorkerPool pool(2, 16);
  Gate gate;
  for (int i = 0; i < 10; ++i) pool.enqueue(gate.job());
  EXPECT_TRUE(gate.wait_started(10));
  EXPECT_EQ(pool.threads(), 10u);
  gate.open();
  EXPECT_TRUE(gate.wait_finished(10));
}

TEST(WorkerPoolTest, NeverRunsMoreThanTheMaximumAndQueuesTheRest) {
  WorkerPool pool(1, 3);
  Gate gate;
  for (int i = 0; i < 5; ++i) pool.enqueue(gate.job());
  EXPECT_TRUE(gate.wait_started(3));
  EXPECT_EQ(pool.threads(), 3u);
  EXPECT_EQ(gate.started(), 3);
  gate.open();
  EXPECT_TRUE(gate.wait_finished(5));
}

TEST(WorkerPoolTest, ExtraWorkersLeaveWhenIdleAndTheMinimumStays) {
  WorkerPool pool(2, 8, 50ms);
  Gate gate;
  for (int i = 0; i < 6; ++i) pool.enqueue(gate.job());
  EXPECT_TRUE(gate.wait_started(6));
  gate.open();
  EXPECT_TRUE(gate.wait_finished(6));
  EXPECT_TRUE(eventually([&] { return pool.threads() == 2; })) << pool.threads();
  std::atomic<int> ran{0};
  pool.enqueue([&] { ++ran; });  // joins the ones that left, and still works
  EXPECT_TRUE(eventually([&] { return ran == 1; }));
}

TEST(WorkerPoolTest, ShutdownRunsWhatIsQueuedThenJoins) {
  std::atomic<int> ran{0};
  {
    WorkerPool pool(1, 1);
    for (int i = 0; i < 20; ++i) pool.enqueue([&] { ++ran; });
    pool.shutdown();
    EXPECT_EQ(pool.threads(), 0u);
  }
  EXPECT_EQ(ran, 20);
}

}  // namespace
}  // namespace lenbot
