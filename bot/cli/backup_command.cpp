#include "bot/cli/backup_command.h"

#include <iostream>

#include "bot/storage/backup.h"

namespace lenbot {

int run_backup_command(const std::vector<std::string>& args, const Config& config) {
  if (args.size() != 1) {
    std::cerr << "usage: lenbot backup FILE   (copies state_db; see docs/operations.md)\n";
    return 2;
  }
  if (config.state_db.empty() || is_postgres_uri(config.state_db)) {
    std::cerr << "lenbot backup: state_db is "
              << (config.state_db.empty() ? "empty (nothing is kept)" : "PostgreSQL (use pg_dump)")
              << "\n";
    return 2;
  }
  const int pages = backup_database(config.state_db, args[0]);
  std::cout << "backed up " << config.state_db << " (" << pages << " pages) to " << args[0] << "\n";
  return 0;
}

}  // namespace lenbot
