#pragma once
// Moderation of the quiz state, whichever database holds it: reset a leaderboard, remove a
// user, block a channel. `lenbot admin` and the /quizadmin slash command use it; QuizAdmin
// (SQLite) and PgQuizAdmin (PostgreSQL) implement it. Channel and user ids are the chat host's
// (Discord snowflakes); "discord:" and "webhook:" prefixes are matched for you.
#include <string>
#include <vector>

namespace lenbot {

class QuizModeration {
 public:
  virtual ~QuizModeration() = default;
  // Zeroes every score in `channel` ("" = every channel); sessions and their history stay.
  // Returns the sessions reset.
  virtual int reset_leaderboard(const std::string& channel) = 0;
  // Deletes the user's quiz sessions, answers and conversations. Returns the rows deleted.
  virtual int remove_user(const std::string& user_id) = 0;
  // A blocked channel gets one polite line instead of answers and quizzes. Returns false when
  // it was already blocked (or, for unblock, not blocked).
  virtual bool block_channel(const std::string& channel_id) = 0;
  virtual bool unblock_channel(const std::string& channel_id) = 0;
  virtual std::vector<std::string> blocked_channels() = 0;
};

}  // namespace lenbot
