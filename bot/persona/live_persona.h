#pragma once
// The persona a running server speaks with. Every reply takes the current one (a snapshot that
// stays valid for the whole reply) and `replace` swaps in a new one whole (SIGHUP), so a reply
// never mixes two personas' lines. Thread-safe.
#include <memory>
#include <mutex>

#include "bot/persona/persona.h"

namespace lenbot {

class LivePersona {
 public:
  explicit LivePersona(Persona persona)
      : persona_(std::make_shared<const Persona>(std::move(persona))) {}

  std::shared_ptr<const Persona> current() const {
    const std::lock_guard lock(mutex_);
    return persona_;
  }

  void replace(Persona persona) {
    auto next = std::make_shared<const Persona>(std::move(persona));
    {
      const std::lock_guard lock(mutex_);
      persona_.swap(next);
    }
    // `next` now holds the old persona: freed here, outside the lock, or by its last reader.
  }

 private:
  mutable std::mutex mutex_;
  std::shared_ptr<const Persona> persona_;
};

}  // namespace lenbot
