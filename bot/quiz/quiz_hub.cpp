#include "bot/quiz/quiz_hub.h"

#include <filesystem>

namespace lenbot {

QuizHub::QuizHub(const QuizHubOptions& options)
    : bank_(QuestionBank::load(options.corpus_path, options.aliases_path)),
      voice_(load_quiz_voice(options.persona_path)),
      state_path_(options.state_path) {
  const std::filesystem::path state(state_path_);
  if (state.has_parent_path()) std::filesystem::create_directories(state.parent_path());
  // Open one slot now so a bad state database fails at start-up, not on the first request.
  idle_.push_back(std::make_unique<Slot>(bank_, voice_, state_path_, &writers_));
  Database(state_path_).check_integrity();
}

QuizHub::Lease::Lease(QuizHub& owner) : hub(owner) {
  {
    std::lock_guard lock(hub.mutex_);
    if (!hub.idle_.empty()) {
      slot = std::move(hub.idle_.back());
      hub.idle_.pop_back();
      return;
    }
  }
  slot = std::make_unique<Slot>(hub.bank_, hub.voice_, hub.state_path_, &hub.writers_);
}

QuizHub::Lease::~Lease() {
  std::lock_guard lock(hub.mutex_);
  hub.idle_.push_back(std::move(slot));
}

}  // namespace lenbot
