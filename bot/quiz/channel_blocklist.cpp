#include "bot/quiz/channel_blocklist.h"

#include "bot/quiz/quiz_admin.h"

namespace lenbot {

ChannelBlocklist::ChannelBlocklist(const std::string& state_path, std::chrono::seconds refresh)
    : refresh_(refresh) {
  if (!state_path.empty()) {
    read_ = [state_path] { return QuizAdmin(state_path).blocked_channels(); };
  }
}

ChannelBlocklist::ChannelBlocklist(Reader read, std::chrono::seconds refresh)
    : read_(std::move(read)), refresh_(refresh) {}

bool ChannelBlocklist::blocked(const std::string& channel_id) {
  if (!read_ || channel_id.empty()) return false;
  std::lock_guard lock(mutex_);
  const auto now = Clock::now();
  if (!read_once_ || now - read_at_ >= refresh_) {
    const auto list = read_();
    channels_ = {list.begin(), list.end()};
    read_at_ = now;
    read_once_ = true;
  }
  return channels_.contains(channel_id);
}

void ChannelBlocklist::invalidate() {
  std::lock_guard lock(mutex_);
  read_once_ = false;
}

}  // namespace lenbot
