#pragma once
// Len's quiz lines, read from the "quiz" object of a persona file. Each key holds a list of
// lines; placeholders {answer}, {hint}, {points}, {streak}, {best_streak}, {answered} are filled
// in by render(). Line choice is deterministic: the same seed gives the same line, and
// render_turn() never gives the same line on two turns in a row.
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace lenbot {

class QuizVoiceError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct QuizVoice {
  std::vector<std::string> ask;        // before a question: "Yo, pop quiz!"
  std::vector<std::string> correct;    // "Heh, nailed it."
  std::vector<std::string> near_miss;  // "Close enough, it's {answer}."
  std::vector<std::string> wrong;      // "Nope. It was {answer}. orz"
  std::vector<std::string> hint;       // "Fine, here: {hint}"
  std::vector<std::string> skip;       // "Skipping? It was {answer}."
  std::vector<std::string> stop;       // "Quiz over. You got {points} points."
  std::vector<std::string> done;       // when every question has been asked once
  std::vector<std::string> score;      // "{points} points, streak {streak}."
  // Optional (empty when the persona has none; the plain lines are used then):
  std::vector<std::string> streak;       // right, and {streak} is kStreakLines or more
  std::vector<std::string> streak_lost;  // wrong after a streak of kStreakLines or more
};

// A streak this long gets its own lines.
inline constexpr int kStreakLines = 3;

// Reads persona["quiz"]; every key above not marked optional is required and must be a
// non-empty list of strings; an optional one, when present, must be a list of strings.
// Throws QuizVoiceError naming the missing or malformed key.
QuizVoice parse_quiz_voice(const nlohmann::json& persona);
// Reads the persona JSON file at `path` and parses its "quiz" object; throws QuizVoiceError.
QuizVoice load_quiz_voice(const std::string& path);

struct VoiceValues {
  std::string answer;
  std::string hint;
  int points = 0;
  int streak = 0;
  int best_streak = 0;
  int answered = 0;
};

// One of `lines`, chosen by `seed`, placeholders filled; "" when `lines` is empty.
std::string render(const std::vector<std::string>& lines, std::string_view seed,
                   const VoiceValues& values = {});

// The line for turn `turn` of a game: `seed` (which should not change within the game) picks
// where to start in `lines` and each turn moves one on, so with two or more lines the same line
// never comes on consecutive turns.
std::string render_turn(const std::vector<std::string>& lines, std::string_view seed, int turn,
                        const VoiceValues& values = {});

}  // namespace lenbot
