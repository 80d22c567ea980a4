#pragma once
// Remembers the Discord request signatures already accepted, so a signed interaction replayed
// inside the 300 s freshness window is refused. Kept in the state store, so the check holds
// across replicas. Implementations: SqliteReplayGuard (sqlite_replay_guard.h), PgReplayGuard
// (pg_replay_guard.h).
#include <cstdint>
#include <string>

namespace lenbot {

// A signature stays remembered this long after it was first seen: twice the freshness window,
// since a request's timestamp may be up to 300 s ahead of this clock as well as behind it.
inline constexpr std::int64_t kReplayMemorySeconds = 600;

class ReplayGuard {
 public:
  virtual ~ReplayGuard() = default;
  // Records `signature` as seen at `now`; true the first time, false for a replay.
  // Thread-safe.
  virtual bool first_sighting(const std::string& signature, std::int64_t now) = 0;
};

}  // namespace lenbot
