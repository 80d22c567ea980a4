#pragma once
// The quiz's Discord buttons. A live button's custom_id names the session (channel and owner),
// the question and the option pressed, never which option is right:
//   quiz:a:<channel id>:<user id>:<question id>:<option index>
// e.g. "quiz:a:1098765432109876543:209876543210987654:q57-2:1" (at most 100 characters, as
// Discord requires). Graded buttons are disabled and carry "quiz:x:<question id>:<index>",
// which decode_quiz_button refuses.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lenbot {

inline constexpr std::size_t kCustomIdLimit = 100;
inline constexpr std::size_t kMaxButtonsPerRow = 5;

struct QuizButton {
  std::string channel_id;   // Discord snowflake: 1-20 digits
  std::string user_id;      // the quiz owner's snowflake
  std::string question_id;  // 1-40 of [A-Za-z0-9_-]
  int option = 0;           // 0-4

  bool operator==(const QuizButton&) const = default;
};

// The custom_id for `button`; empty when a part breaks the rules above.
std::string encode_quiz_button(const QuizButton& button);

// The button a custom_id names; nullopt for any other shape (graded, forged, truncated).
std::optional<QuizButton> decode_quiz_button(std::string_view custom_id);

// A fill-in question's session: whose quiz, in which channel, which question.
struct QuizFillIn {
  std::string channel_id;
  std::string user_id;
  std::string question_id;

  bool operator==(const QuizFillIn&) const = default;
};

enum class FillInStep {
  kOpen,    // the "Answer" button: quiz:f:...
  kSubmit,  // the modal it opens: quiz:m:...
};

// The custom_id of `step` for `fill_in`; empty when a part breaks the rules above.
std::string encode_fill_in(const QuizFillIn& fill_in, FillInStep step);

// The session a custom_id of `step` names; nullopt for any other shape.
std::optional<QuizFillIn> decode_fill_in(std::string_view custom_id, FillInStep step);

// One action row with a primary button "A) <option>" per option (labels cut to 80 characters),
// or nullopt when there are no options, more than five, or the ids cannot be encoded.
std::optional<nlohmann::json> answer_row(const QuizButton& session,
                                         const std::vector<std::string>& options);

// One action row with the fill-in question's "Answer" button; nullopt when the ids cannot be
// encoded.
std::optional<nlohmann::json> fill_in_row(const QuizFillIn& fill_in);

// The fill-in row after grading: one disabled button showing what the fan typed (cut to 80
// characters), green when it counted, red when it did not.
nlohmann::json graded_fill_in_row(const std::string& question_id, const std::string& typed,
                                  bool correct);

// The row after grading: every button disabled, `correct` green, `picked` red when it is not
// `correct`, the rest grey.
nlohmann::json graded_row(const std::string& question_id, const std::vector<std::string>& options,
                          int correct, int picked);

}  // namespace lenbot
