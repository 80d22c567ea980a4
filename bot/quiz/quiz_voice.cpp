#include "bot/quiz/quiz_voice.h"

#include <fstream>

#include "bot/quiz/answer_text.h"

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
  return {lines_of(quiz, "ask"),   lines_of(quiz, "correct"), lines_of(quiz, "near_miss"),
          lines_of(quiz, "wrong"), lines_of(quiz, "hint"),    lines_of(quiz, "skip"),
          lines_of(quiz, "stop"),  lines_of(quiz, "done"),    lines_of(quiz, "score")};
}

QuizVoice load_quiz_voice(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw QuizVoiceError("cannot read persona file " + path);
  const auto persona = nlohmann::json::parse(in, nullptr, false);
  if (persona.is_discarded()) throw QuizVoiceError("persona file " + path + " is not JSON");
  return parse_quiz_voice(persona);
}

std::string render(const std::vector<std::string>& lines, std::string_view seed,
                   const VoiceValues& values) {
  if (lines.empty()) return "";
  std::string line = lines[stable_hash(seed) % lines.size()];
  replace_all(line, "{answer}", values.answer);
  replace_all(line, "{hint}", values.hint);
  replace_all(line, "{points}", std::to_string(values.points));
  replace_all(line, "{streak}", std::to_string(values.streak));
  replace_all(line, "{best_streak}", std::to_string(values.best_streak));
  replace_all(line, "{answered}", std::to_string(values.answered));
  return line;
}

}  // namespace lenbot
