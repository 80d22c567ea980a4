#include "bot/quiz/quiz_voice.h"

#include <algorithm>
#include <fstream>

#include "bot/quiz/answer_text.h"
#include "bot/text/stable_hash.h"

namespace lenbot {
namespace {

std::vector<std::string> lines_of(const nlohmann::json& quiz, const char* key) {
  const auto it = quiz.find(key);
  if (it == quiz.end() || !it->is_array() || it->empty()) {
    throw QuizVoiceError(std::string("persona quiz.") + key + " must be a non-empty list");
  }
  std::vector<std::string> lines;
  for (const auto& line : *it) {
    if (!line.is_string()) {
      throw QuizVoiceError(std::string("persona quiz.") + key + " must hold only strings");
    }
    lines.push_back(line.get<std::string>());
  }
  return lines;
}

// An optional key: absent is no lines; present, it must be a list of strings.
std::vector<std::string> optional_lines_of(const nlohmann::json& quiz, const char* key) {
  if (!quiz.contains(key)) return {};
  if (quiz[key].is_array() && quiz[key].empty()) return {};
  return lines_of(quiz, key);
}

void replace_all(std::string& text, std::string_view key, std::string_view value) {
  for (auto pos = text.find(key); pos != std::string::npos; pos = text.find(key, pos)) {
    text.replace(pos, key.size(), value);
    pos += value.size();
  }
}

}  // namespace

QuizVoice parse_quiz_voice(const nlohmann::json& persona) {
  if (!persona.is_object() || !persona.contains("quiz") || !persona["quiz"].is_object()) {
    throw QuizVoiceError("persona has no \"quiz\" object");
  }
  const auto& quiz = persona["quiz"];
  return {lines_of(quiz, "ask"),
          lines_of(quiz, "correct"),
          lines_of(quiz, "near_miss"),
          lines_of(quiz, "wrong"),
          lines_of(quiz, "hint"),
          lines_of(quiz, "skip"),
          lines_of(quiz, "stop"),
          lines_of(quiz, "done"),
          lines_of(quiz, "score"),
          optional_lines_of(quiz, "streak"),
          optional_lines_of(quiz, "streak_lost")};
}

QuizVoice load_quiz_voice(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw QuizVoiceError("cannot read persona file " + path);
  const auto persona = nlohmann::json::parse(in, nullptr, false);
  if (persona.is_discarded()) throw QuizVoiceError("persona file " + path + " is not JSON");
  return parse_quiz_voice(persona);
}

namespace {

std::string filled(std::string line, const VoiceValues& values) {
  replace_all(line, "{answer}", values.answer);
  replace_all(line, "{hint}", values.hint);
  replace_all(line, "{points}", std::to_string(values.points));
  replace_all(line, "{streak}", std::to_string(values.streak));
  replace_all(line, "{best_streak}", std::to_string(values.best_streak));
  replace_all(line, "{answered}", std::to_string(values.answered));
  return line;
}

}  // namespace

std::string render(const std::vector<std::string>& lines, std::string_view seed,
                   const VoiceValues& values) {
  if (lines.empty()) return "";
  return filled(lines[stable_hash(seed) % lines.size()], values);
}

std::string render_turn(const std::vector<std::string>& lines, std::string_view seed, int turn,
                        const VoiceValues& values) {
  if (lines.empty()) return "";
  const auto n = lines.size();
  const auto step = static_cast<std::size_t>(std::max(turn, 0)) % n;
  return filled(lines[(stable_hash(seed) % n + step) % n], values);
}

}  // namespace lenbot
