#pragma once
// Online backup of a SQLite database: a consistent snapshot while other connections keep
// reading and writing (WAL mode lets the copy run beside them). `cp` is not safe: a WAL
// database's latest commits live in the -wal file until a checkpoint.
#include <string>

namespace lenbot {

// Copies the database at `source` into `target` through a temporary file renamed into place,
// so `target` is either the old file or a whole snapshot. Throws StorageError naming the file
// that failed. Returns the pages copied.
int backup_database(const std::string& source, const std::string& target);

}  // namespace lenbot
