#include "bot/quiz/channel_blocklist.h"

#include "bot/quiz/quiz_admin.h"

namespace lenbot {

ChannelBlocklist::ChannelBlocklist(std::string state_path, std::chrono::seconds refresh)
    : state_path_(std::move(state_path)), refresh_(refresh) {}

bool ChannelBlocklist::blocked(const std::string& channel_id) {
  if (state_path_.empty() || channel_id.empty()) return false;
  std::lock_guard lock(mutex_);
  const auto now = Clock::now();
  if (!read_once_ || now - read_at_ >= refresh_) {
    QuizAdmin admin(state_path_);
    const auto list = admin.blocked_channels();
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
