#pragma once
// `lenbot admin ...`: moderation on the state database, safe while lenbot serves (a blocked
// channel takes effect within seconds).
//   lenbot admin reset-leaderboard [CHANNEL_ID]   zero the scores (all channels without an id)
//   lenbot admin remove-user USER_ID              delete a user's quiz data and conversations
//   lenbot admin block-channel CHANNEL_ID         Len stops answering there
//   lenbot admin unblock-channel CHANNEL_ID
//   lenbot admin blocked                          list the blocked channels
//   lenbot admin user-hash USER_ID                the user's pseudonym in the access log
#include <iosfwd>
#include <string>
#include <vector>

#include "bot/config/config.h"

namespace lenbot {

// `args` are the positional words after "admin". Returns 0, or 2 with a usage message.
int run_admin_command(const std::vector<std::string>& args, const Config& config, std::ostream& out,
                      std::ostream& err);
int run_admin_command(const std::vector<std::string>& args, const Config& config);

}  // namespace lenbot
