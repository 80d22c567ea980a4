#pragma once
// Recognises follow-ups that only make sense after the last answer: "why?", "and then?",
// "what about miku?", "source?" / "how do you know?".
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace lenbot {

enum class FollowUpKind { kWhy, kNext, kAbout, kSource };

struct FollowUp {
  FollowUpKind kind;
  std::string subject;  // for kAbout: what the fan asks about instead ("miku")
};

// nullopt when `message` stands on its own.
std::optional<FollowUp> detect_follow_up(std::string_view message);

// The last question asked again about `subject`: its words that `is_name` accepts are
// replaced by `subject`, or `subject` is added when there were none.
std::string retarget_question(const std::string& last_question, const std::string& subject,
                              const std::function<bool(const std::string&)>& is_name);

}  // namespace lenbot
