#pragma once
// The blocked channels as a running server sees them: read from the state database (SQLite or
// PostgreSQL) and re-read at most every `refresh`, so `lenbot admin block-channel` takes effect
// within seconds without a restart and a busy channel costs no query per message. Thread-safe.
#include <chrono>
#include <functional>
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace lenbot {

class ChannelBlocklist {
 public:
  using Clock = std::chrono::steady_clock;

  using Reader = std::function<std::vector<std::string>()>;

  // Reads the SQLite state database at `state_path`; "" blocks nothing.
  explicit ChannelBlocklist(const std::string& state_path,
                            std::chrono::seconds refresh = std::chrono::seconds(5));
  // Reads the list with `read` (e.g. QuizModeration::blocked_channels); unset blocks nothing.
  explicit ChannelBlocklist(Reader read, std::chrono::seconds refresh = std::chrono::seconds(5));

  // True when `channel_id` (a bare chat-host id) is blocked.
  bool blocked(const std::string& channel_id);

  // Forget the cached list: the next call reads the database (after a /quizadmin change).
  void invalidate();

 private:
  Reader read_;
  std::chrono::seconds refresh_;
  std::mutex mutex_;
  std::set<std::string, std::less<>> channels_;
  Clock::time_point read_at_{};
  bool read_once_ = false;
};

}  // namespace lenbot
