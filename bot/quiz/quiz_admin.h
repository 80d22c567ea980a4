#pragma once
// Moderation over the SQLite state database, for `lenbot admin` and the /quizadmin slash
// command: reset a leaderboard, remove a user, block a channel. Channel and user ids are the
// chat host's (Discord snowflakes); "discord:" and "webhook:" prefixes are matched for you.
#include <string>
#include <vector>

#include "bot/storage/database.h"

namespace lenbot {

class QuizAdmin {
 public:
  // Opens (creating the admin table when needed) the state database at `state_path`.
  explicit QuizAdmin(const std::string& state_path);

  // Zeroes every score in `channel` ("" = every channel); sessions and their history stay.
  // Returns the sessions reset.
  int reset_leaderboard(const std::string& channel);
  // Deletes the user's quiz sessions, answers and conversations. Returns the rows deleted.
  int remove_user(const std::string& user_id);
  // A blocked channel gets one polite line instead of answers and quizzes. Returns false when
  // it was already blocked (or, for unblock, not blocked).
  bool block_channel(const std::string& channel_id);
  bool unblock_channel(const std::string& channel_id);
  std::vector<std::string> blocked_channels();

 private:
  Database db_;
};

// Creates the table the blocklist lives in; safe to call on every open.
void ensure_blocklist_table(Database& db);

}  // namespace lenbot
