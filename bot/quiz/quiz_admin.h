#pragma once
// QuizModeration (quiz_moderation.h) over the SQLite state database, for `lenbot admin` and the
// /quizadmin slash command. One connection: not thread-safe, so open one per use.
#include <string>
#include <vector>

#include "bot/quiz/quiz_moderation.h"
#include "bot/storage/database.h"

namespace lenbot {

class QuizAdmin : public QuizModeration {
 public:
  // Opens the state database at `state_path`, migrating its schema to this version.
  explicit QuizAdmin(const std::string& state_path);

  int reset_leaderboard(const std::string& channel) override;
  int remove_user(const std::string& user_id) override;
  bool block_channel(const std::string& channel_id) override;
  bool unblock_channel(const std::string& channel_id) override;
  std::vector<std::string> blocked_channels() override;

 private:
  Database db_;
};

}  // namespace lenbot
