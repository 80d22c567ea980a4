// strip_citations, declared in person_rewrite.h: the markers the wiki leaves in its text.
#include <algorithm>
#include <cctype>

#include "bot/persona/person_rewrite.h"

namespace lenbot {
namespace {

constexpr std::size_t kMaxMarkerLength = 24;

// "12", "3, 4", "5-7", "src", "citation needed", "note 2": the insides of a marker.
bool is_citation(std::string_view inside) {
  if (inside.empty()) return false;
  if (inside == "src" || inside.starts_with("citation") || inside.starts_with("note")) {
    return true;
  }
  bool has_digit = false;
  for (char c : inside) {
    if (std::isdigit(static_cast<unsigned char>(c)) != 0) {
      has_digit = true;
    } else if (c != ',' && c != '-' && c != ' ') {
      return false;
    }
  }
  return has_digit;
}

bool is_closing_punctuation(char c) {
  return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?';
}

// Single spaces, none before punctuation, none at either end.
std::string tidy_spaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    if (is_closing_punctuation(c) && !out.empty() && out.back() == ' ') out.pop_back();
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::string strip_citations(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '[') {
      const std::size_t close = text.find(']', i + 1);
      if (close != std::string_view::npos && close - i <= kMaxMarkerLength &&
          is_citation(text.substr(i + 1, close - i - 1))) {
        i = close;
        continue;
      }
    }
    out += text[i];
  }
  return tidy_spaces(out);
}

}  // namespace lenbot
