#include "bot/cli/admin_command.h"

#include <iostream>

#include "bot/channels/user_hash.h"
#include "bot/cli/pg_state.h"
#include "bot/quiz/pg_quiz_admin.h"
#include "bot/quiz/quiz_admin.h"

namespace lenbot {
namespace {

constexpr const char* kUsage =
    "usage: lenbot admin reset-leaderboard [CHANNEL_ID] | remove-user USER_ID |\n"
    "                    block-channel CHANNEL_ID | unblock-channel CHANNEL_ID | blocked |\n"
    "                    user-hash USER_ID\n";

}  // namespace

int run_admin_command(const std::vector<std::string>& args, const Config& config, std::ostream& out,
                      std::ostream& err) {
  const std::string action = args.empty() ? "" : args[0];
  if (action == "user-hash" && args.size() == 2) {
    out << user_hash(args[1]) << "\n";  // what the access log shows for this user
    return 0;
  }
  const bool takes_id =
      action == "remove-user" || action == "block-channel" || action == "unblock-channel";
  const bool known = takes_id || action == "reset-leaderboard" || action == "blocked";
  const std::size_t most = action == "blocked" ? 1 : 2;
  if (!known || args.size() > most || (takes_id && args.size() != 2) ||
      (args.size() == 2 && args[1].empty())) {
    err << kUsage;
    return 2;
  }
  if (config.state_db.empty()) {
    err << "lenbot admin: state_db is empty (nothing is kept)\n";
    return 2;
  }
  std::unique_ptr<QuizModeration> moderation;
  if (auto pool = open_pg_state(config.state_db)) {
    moderation = std::make_unique<PgQuizAdmin>(pool);  // every replica sees the change
  } else {
    moderation = std::make_unique<QuizAdmin>(config.state_db);
  }
  QuizModeration& admin = *moderation;
  const std::string id = args.size() == 2 ? args[1] : "";
  if (action == "reset-leaderboard") {
    out << "reset " << admin.reset_leaderboard(id) << " scores"
        << (id.empty() ? " in every channel" : " in channel " + id) << "\n";
  } else if (action == "remove-user") {
    out << "removed " << admin.remove_user(id) << " rows of user " << id << "\n";
  } else if (action == "block-channel") {
    out << "channel " << id << (admin.block_channel(id) ? " blocked" : " was already blocked")
        << "\n";
  } else if (action == "unblock-channel") {
    out << "channel " << id << (admin.unblock_channel(id) ? " unblocked" : " was not blocked")
        << "\n";
  } else {
    for (const auto& channel : admin.blocked_channels()) out << channel << "\n";
  }
  return 0;
}

int run_admin_command(const std::vector<std::string>& args, const Config& config) {
  return run_admin_command(args, config, std::cout, std::cerr);
}

}  // namespace lenbot
