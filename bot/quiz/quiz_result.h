#pragma once
// Expected per-request outcomes of the quiz service, as values: a result or an error code with
// a message a channel can show. (std::expected is C++23; this is the small part lenbot needs.)
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace lenbot {

enum class QuizErrorCode {
  kUnknownChannel,   // empty channel name, or a leaderboard for a channel nobody played in
  kBadUser,          // empty user id
  kNoSession,        // no active quiz for this (channel, user): call start first
  kNoQuestion,       // the session has no question waiting (already answered, skipped)
  kStaleQuestion,    // an answer bound to a question id that is not the current question
  kAlreadyAnswered,  // another answer to this question was recorded first
  kEmptyAnswer,      // blank answer text
  kBadOption,        // option index out of range, or options on a fill-in question
  kNoQuestions,      // the chosen parts hold no questions
};

// "unknown_channel", "no_session", ... for JSON.
std::string_view error_code_name(QuizErrorCode code);

struct QuizError {
  QuizErrorCode code;
  std::string message;
};

template <typename T>
class QuizResult {
 public:
  QuizResult(T value) : state_(std::move(value)) {}          // NOLINT: implicit like std::expected
  QuizResult(QuizError error) : state_(std::move(error)) {}  // NOLINT

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }
  const T& value() const { return std::get<T>(state_); }
  T& value() { return std::get<T>(state_); }
  const T* operator->() const { return &value(); }
  const QuizError& error() const { return std::get<QuizError>(state_); }

 private:
  std::variant<T, QuizError> state_;
};

}  // namespace lenbot
