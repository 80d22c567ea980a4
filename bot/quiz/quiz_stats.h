#pragma once
// The quiz as /metrics reports it, read from the state database at scrape time, so the figures
// cover every channel and every replica writing that database, and survive restarts.
#include <cstdint>
#include <mutex>
#include <string>

#include "bot/storage/database.h"

namespace lenbot {

struct QuizStats {
  std::int64_t sessions_active = 0;  // sessions with a quiz running
  std::int64_t players = 0;          // sessions ever started
  std::int64_t questions_asked = 0;
  std::int64_t answers_right = 0;
  std::int64_t answers_wrong = 0;
  std::int64_t skipped = 0;
};

class QuizStatsReader {
 public:
  // Opens (creating, as the quiz would) the state database at `state_path`.
  explicit QuizStatsReader(const std::string& state_path);
  // All zero before the quiz has created its tables. Thread-safe.
  QuizStats read();

 private:
  std::mutex mutex_;
  Database db_;
};

}  // namespace lenbot
