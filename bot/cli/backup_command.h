#pragma once
// `lenbot backup FILE`: a consistent copy of the state database (conversations, quiz scores),
// taken with SQLite's online backup API while lenbot serves. Restore: stop lenbot, put the
// copy in state_db's place, start it (docs/operations.md).
#include <string>
#include <vector>

#include "bot/config/config.h"

namespace lenbot {

// `args` are the positional words after "backup": exactly one, the file to write. Returns 0,
// or 2 for bad usage or a state_db that is not a SQLite file.
int run_backup_command(const std::vector<std::string>& args, const Config& config);

}  // namespace lenbot
