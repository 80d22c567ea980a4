#pragma once
// The blocked channels as a running server sees them: read from the state database and
// re-read at most every `refresh`, so `lenbot admin block-channel` takes effect within seconds
// without a restart and a busy channel costs no query per message. Thread-safe.
#include <chrono>
#include <mutex>
#include <set>
#include <string>

namespace lenbot {

class ChannelBlocklist {
 public:
  using Clock = std::chrono::steady_clock;

  // `state_path` "" blocks nothing.
  explicit ChannelBlocklist(std::string state_path,
                            std::chrono::seconds refresh = std::chrono::seconds(5));

  // True when `channel_id` (a bare chat-host id) is blocked.
  bool blocked(const std::string& channel_id);

  // Forget the cached list: the next call reads the database (after a /quizadmin change).
  void invalidate();

 private:
  std::string state_path_;
  std::chrono::seconds refresh_;
  std::mutex mutex_;
  std::set<std::string, std::less<>> channels_;
  Clock::time_point read_at_{};
  bool read_once_ = false;
};

}  // namespace lenbot
