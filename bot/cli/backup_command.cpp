#include "bot/cli/backup_command.h"

#include <iostream>

#include "bot/storage/backup.h"
#include "bot/storage/pg_pool.h"

namespace lenbot {

int run_backup_command(const std::vector<std::string>& args, const Config& config) {
  if (args.size() != 1) {
    std::cerr << "usage: lenbot backup FILE   (copies state_db; see docs/operations.md)\n";
    return 2;
  }
  if (config.state_db.empty()) {
    std::cerr << "lenbot backup: state_db is empty (nothing is kept)\n";
    return 2;
  }
  if (is_postgres_uri(config.state_db)) {
    // PostgreSQL has its own consistent online dump; lenbot copies only SQLite files.
    std::cerr << "lenbot backup: state_db is a PostgreSQL database (" << redact_uri(config.state_db)
              << "); back it up with pg_dump, e.g. pg_dump -Fc -f lenbot-state.dump "
                 "'<state_db URI>' (docs/deploy.md)\n";
    return 2;
  }
  const int pages = backup_database(config.state_db, args[0]);
  std::cout << "backed up " << config.state_db << " (" << pages << " pages) to " << args[0] << "\n";
  return 0;
}

}  // namespace lenbot
