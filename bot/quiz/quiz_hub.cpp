#include "bot/quiz/quiz_hub.h"

#include <filesystem>

#include "bot/quiz/sqlite_quiz_store.h"

namespace lenbot {
namespace {

std::shared_ptr<QuizStore> open_sqlite(const std::string& path, std::mutex* writers) {
  const std::filesystem::path state(path);
  if (state.has_parent_path()) std::filesystem::create_directories(state.parent_path());
  auto store = std::make_shared<SqliteQuizStore>(path, writers);
  // A bad state database fails at start-up, not on the first request.
  Database(path).check_integrity();
  return store;
}

}  // namespace

QuizHub::QuizHub(const QuizHubOptions& options)
    : bank_(QuestionBank::load(options.corpus_path, options.aliases_path)),
      store_(options.store ? options.store : open_sqlite(options.state_path, &writers_)),
      service_(
          std::make_shared<QuizService>(bank_, load_quiz_voice(options.persona_path), *store_)) {}

std::shared_ptr<QuizService> QuizHub::current() const {
  const std::lock_guard lock(service_mutex_);
  return service_;
}

void QuizHub::replace_voice(QuizVoice voice) {
  auto next = std::make_shared<QuizService>(bank_, std::move(voice), *store_);
  const std::lock_guard lock(service_mutex_);
  service_.swap(next);
}

}  // namespace lenbot
