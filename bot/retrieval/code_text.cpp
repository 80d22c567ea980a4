#include "bot/retrieval/code_text.h"

#include <array>
#include <cctype>
#include <string>
#include <vector>

#include "bot/text/ascii.h"

namespace lenbot {
namespace {

struct Word {
  std::string lower;
  bool upper_case = false;  // written all in capitals, as SQL keywords are
};

std::vector<Word> words_of(std::string_view text) {
  std::vector<Word> words;
  Word current;
  bool all_upper = true;
  const auto finish = [&] {
    if (!current.lower.empty()) {
      current.upper_case = all_upper;
      words.push_back(current);
    }
    current = {};
    all_upper = true;
  };
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalpha(u) != 0) {
      all_upper = all_upper && std::isupper(u) != 0;
      current.lower.push_back(ascii_lower(c));
    } else {
      finish();
    }
  }
  finish();
  return words;
}

struct Shape {
  std::string_view opens, then;
};

constexpr std::array<Shape, 9> kShapes = {{{"select", "from"},
                                           {"delete", "from"},
                                           {"insert", "into"},
                                           {"update", "set"},
                                           {"drop", "table"},
                                           {"create", "table"},
                                           {"alter", "table"},
                                           {"union", "select"},
                                           {"truncate", "table"}}};

}  // namespace

bool looks_like_sql(std::string_view message) {
  const auto words = words_of(message);
  const bool code_mark = message.find_first_of("*;='\"") != std::string_view::npos ||
                         message.find("--") != std::string_view::npos;
  for (std::size_t i = 0; i < words.size(); ++i) {
    for (const auto& shape : kShapes) {
      if (words[i].lower != shape.opens) continue;
      for (std::size_t j = i + 1; j < words.size(); ++j) {
        if (words[j].lower != shape.then) continue;
        if (code_mark || (words[i].upper_case && words[j].upper_case)) return true;
      }
    }
  }
  return false;
}

}  // namespace lenbot
