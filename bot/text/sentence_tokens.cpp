#include "bot/text/sentence_tokens.h"

#include <cctype>

namespace lenbot {
namespace {

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

}  // namespace

std::vector<Token> sentence_tokens(std::string_view text) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_word_char(text[i])) {
      ++i;
      continue;
    }
    Token token;
    token.begin = i;
    token.joined = !tokens.empty() && tokens.back().end + 1 == i && text[i - 1] == ' ';
    while (i < text.size() &&
           (is_word_char(text[i]) || ((text[i] == '-' || text[i] == '\'') && i + 1 < text.size() &&
                                      is_word_char(text[i + 1])))) {
      ++i;
    }
    token.end = i;
    token.word = std::string(text.substr(token.begin, i - token.begin));
    if (token.word.ends_with("'s")) {
      token.word.resize(token.word.size() - 2);
      token.possessive = true;
    }
    tokens.push_back(std::move(token));
  }
  return tokens;
}

}  // namespace lenbot
