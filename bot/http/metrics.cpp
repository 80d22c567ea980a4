#include "bot/http/metrics.h"

#include <ostream>
#include <sstream>

namespace lenbot {
namespace {

std::string label(std::string_view value) {
  std::string out;
  for (char c : value) {
    if (c == '\\' || c == '"') out += '\\';
    out += c == '\n' ? 'n' : c;
  }
  return out;
}

void render_reply_cache(std::ostream& out, const CacheStats& cache) {
  out << "# HELP lenbot_reply_cache_lookups_total Stand-alone questions looked up in the reply "
         "cache, by result.\n"
         "# TYPE lenbot_reply_cache_lookups_total counter\n"
      << "lenbot_reply_cache_lookups_total{result=\"hit\"} " << cache.hits << '\n'
      << "lenbot_reply_cache_lookups_total{result=\"miss\"} " << cache.misses << '\n'
      << "# HELP lenbot_reply_cache_evictions_total Answers dropped to keep the cache bounded.\n"
         "# TYPE lenbot_reply_cache_evictions_total counter\n"
      << "lenbot_reply_cache_evictions_total " << cache.evictions << '\n'
      << "# HELP lenbot_reply_cache_entries Answers in the reply cache now.\n"
         "# TYPE lenbot_reply_cache_entries gauge\n"
      << "lenbot_reply_cache_entries " << cache.entries << '\n'
      << "# HELP lenbot_reply_cache_capacity Answers the reply cache keeps at most.\n"
         "# TYPE lenbot_reply_cache_capacity gauge\n"
      << "lenbot_reply_cache_capacity " << cache.capacity << '\n';
}

void render_state_store(std::ostream& out, const Metrics::StateStats& state) {
  out << "# HELP lenbot_state_round_trips_total Statements sent to the PostgreSQL state store "
         "(BEGIN and COMMIT included).\n"
         "# TYPE lenbot_state_round_trips_total counter\n"
      << "lenbot_state_round_trips_total " << state.round_trips << '\n'
      << "# HELP lenbot_state_errors_total Calls the state store could not serve because "
         "PostgreSQL was unreachable (answered 503).\n"
         "# TYPE lenbot_state_errors_total counter\n"
      << "lenbot_state_errors_total " << state.errors << '\n';
}

void render_quiz(std::ostream& out, const QuizStats& quiz) {
  out << "# HELP lenbot_quiz_sessions Quiz sessions (channel and user) ever started, and running.\n"
         "# TYPE lenbot_quiz_sessions gauge\n"
      << "lenbot_quiz_sessions{state=\"all\"} " << quiz.players << '\n'
      << "lenbot_quiz_sessions{state=\"active\"} " << quiz.sessions_active << '\n'
      << "# HELP lenbot_quiz_questions Questions put to players, by what became of them (from "
         "the state database: admin resets and removals lower them).\n"
         "# TYPE lenbot_quiz_questions gauge\n"
      << "lenbot_quiz_questions{outcome=\"right\"} " << quiz.answers_right << '\n'
      << "lenbot_quiz_questions{outcome=\"wrong\"} " << quiz.answers_wrong << '\n'
      << "lenbot_quiz_questions{outcome=\"skipped\"} " << quiz.skipped << '\n'
      << "lenbot_quiz_questions{outcome=\"pending\"} "
      << quiz.questions_asked - quiz.answers_right - quiz.answers_wrong - quiz.skipped << '\n';
}

}  // namespace

void Metrics::count_request(std::string_view route, int status) {
  std::lock_guard lock(mutex_);
  ++requests_[{std::string(route), status}];
}

void Metrics::observe_reply(std::chrono::duration<double> latency, std::string_view intent) {
  const double seconds = latency.count();
  std::lock_guard lock(mutex_);
  for (std::size_t i = 0; i < kLatencyBuckets.size(); ++i) {
    if (seconds <= kLatencyBuckets[i]) {
      ++bucket_counts_[i];
      break;
    }
  }
  ++reply_count_;
  reply_seconds_sum_ += seconds;
  auto it = intents_.find(intent);
  if (it == intents_.end()) it = intents_.emplace(std::string(intent), 0).first;
  ++it->second;
  if (intent == "fallback") ++fallbacks_;
}

std::uint64_t Metrics::requests(std::string_view route, int status) const {
  std::lock_guard lock(mutex_);
  const auto it = requests_.find({std::string(route), status});
  return it == requests_.end() ? 0 : it->second;
}

std::uint64_t Metrics::fallbacks() const {
  std::lock_guard lock(mutex_);
  return fallbacks_;
}

std::string Metrics::render() const {
  // A database read: outside the lock, so requests being counted meanwhile never wait on it.
  // Rendered to text at once: a std::optional<QuizStats> kept until after the lock trips GCC
  // 12's -Wmaybe-uninitialized inside std::optional.
  std::ostringstream quiz;
  try {
    if (quiz_) render_quiz(quiz, quiz_());
  } catch (const StateUnavailable&) {
    // PostgreSQL is down: the quiz gauges are left out, lenbot_state_errors_total says why.
    quiz.str("");
  }
  std::lock_guard lock(mutex_);
  std::ostringstream out;
  out << "# HELP lenbot_http_requests_total HTTP requests answered, by route and status.\n"
         "# TYPE lenbot_http_requests_total counter\n";
  for (const auto& [key, count] : requests_) {
    out << "lenbot_http_requests_total{route=\"" << label(key.first) << "\",status=\"" << key.second
        << "\"} " << count << '\n';
  }
  out << "# HELP lenbot_chat_reply_seconds Time the Bot core took to answer a chat message.\n"
         "# TYPE lenbot_chat_reply_seconds histogram\n";
  std::uint64_t cumulative = 0;
  for (std::size_t i = 0; i < kLatencyBuckets.size(); ++i) {
    cumulative += bucket_counts_[i];
    out << "lenbot_chat_reply_seconds_bucket{le=\"" << kLatencyBuckets[i] << "\"} " << cumulative
        << '\n';
  }
  out << "lenbot_chat_reply_seconds_bucket{le=\"+Inf\"} " << reply_count_ << '\n'
      << "lenbot_chat_reply_seconds_sum " << reply_seconds_sum_ << '\n'
      << "lenbot_chat_reply_seconds_count " << reply_count_ << '\n';
  out << "# HELP lenbot_chat_replies_total Chat replies, by intent.\n"
         "# TYPE lenbot_chat_replies_total counter\n";
  for (const auto& [intent, count] : intents_) {
    out << "lenbot_chat_replies_total{intent=\"" << label(intent) << "\"} " << count << '\n';
  }
  out << "# HELP lenbot_chat_fallback_total Chat replies where Len had no answer.\n"
         "# TYPE lenbot_chat_fallback_total counter\n"
      << "lenbot_chat_fallback_total " << fallbacks_ << '\n';
  if (reply_cache_) render_reply_cache(out, reply_cache_());
  out << quiz.str();
  if (state_store_) render_state_store(out, state_store_());
  return out.str();
}

}  // namespace lenbot
