#include "bot/text/search_words.h"

#include "bot/text/ascii.h"

namespace lenbot {
namespace {

bool is_ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// ASCII apostrophe, or U+2019 RIGHT SINGLE QUOTATION MARK starting at i.
std::size_t apostrophe_length(std::string_view text, std::size_t i) {
  if (text[i] == '\'') return 1;
  if (text.substr(i, 3) == "\xE2\x80\x99") return 3;
  return 0;
}

}  // namespace

std::vector<std::string> tokenize(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = ascii_lower(text[i]);
    if (is_ascii_alnum(c)) {
      word += c;
      continue;
    }
    if (const std::size_t length = apostrophe_length(text, i); length > 0 && !word.empty()) {
      // "len's" -> "len"; "didn't" -> "didnt"; "i'd" -> "i".
      const std::size_t next = i + length;
      if (next < text.size() && ascii_lower(text[next]) == 't' && word.ends_with('n')) {
        i = next - 1;
        continue;
      }
      std::size_t skip = next;
      while (skip < text.size() && is_ascii_alnum(ascii_lower(text[skip]))) ++skip;
      if (skip - next <= 2) i = skip - 1;  // 's 'd 'll 're 've 'm
    }
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

}  // namespace lenbot
