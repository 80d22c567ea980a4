#include "bot/quiz/answer_text.h"

#include <array>
#include <cctype>

#include "bot/text/ascii.h"

namespace lenbot {
namespace {

constexpr std::array<std::string_view, 3> kArticles = {"the ", "a ", "an "};

}  // namespace

std::string normalize_answer(std::string_view text) {
  std::string spaced;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '&') {
      spaced += " and ";
    } else if (c == '\'') {
      continue;  // "Valentine's" and "Valentines" are the same answer
    } else if (std::isalnum(u) != 0 || u >= 0x80) {
      spaced += ascii_lower(c);
    } else {
      spaced += ' ';
    }
  }
  std::string out;
  for (char c : spaced) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  for (auto article : kArticles) {
    if (out.starts_with(article) && out.size() > article.size()) {
      out.erase(0, article.size());
      break;
    }
  }
  return out;
}

}  // namespace lenbot

namespace lenbot {

bool mentions(std::string_view text, std::string_view phrase) {
  const auto needle = normalize_answer(phrase);
  if (needle.empty()) return false;
  const auto hay = " " + normalize_answer(text) + " ";
  return hay.find(" " + needle + " ") != std::string::npos;
}

}  // namespace lenbot
