#include "bot/text/word_tokens.h"

#include <cctype>

namespace lenbot {
namespace {

constexpr unsigned char kGeneralPunctuationLead = 0xE2;         // U+2000..U+2FFF start with E2
constexpr std::string_view kRightSingleQuote = "\xE2\x80\x99";  // ’
constexpr std::string_view kLeftDoubleQuote = "\xE2\x80\x9C";   // “
constexpr std::string_view kRightDoubleQuote = "\xE2\x80\x9D";  // ”

unsigned char byte_at(std::string_view text, std::size_t i) {
  return static_cast<unsigned char>(text[i]);
}

// Dashes, curly quotes and the rest of U+2000..U+207F separate words.
bool is_general_punctuation(std::string_view text, std::size_t i) {
  return byte_at(text, i) == kGeneralPunctuationLead && i + 1 < text.size() &&
         (byte_at(text, i + 1) == 0x80 || byte_at(text, i + 1) == 0x81);
}

bool is_word_byte(std::string_view text, std::size_t i) {
  const unsigned char c = byte_at(text, i);
  if (c < 0x80) return std::isalnum(c) != 0;
  return !is_general_punctuation(text, i);
}

// Length of an apostrophe or hyphen at `i` that joins two word bytes ("he'd", "Abe-san").
std::size_t joiner_length(std::string_view text, std::size_t i) {
  std::size_t length = 0;
  if (text[i] == '\'' || text[i] == '-') length = 1;
  if (text.substr(i).starts_with(kRightSingleQuote)) length = kRightSingleQuote.size();
  if (length == 0 || i + length >= text.size()) return 0;
  return is_word_byte(text, i + length) ? length : 0;
}

// Length of a quotation mark at `i`, 0 if none; sets `opens` for an opening one.
std::size_t quote_length(std::string_view text, std::size_t i, bool in_quote, bool& opens) {
  if (text[i] == '"') {
    opens = !in_quote && text.find('"', i + 1) != std::string_view::npos;
    return (opens || in_quote) ? 1 : 0;
  }
  if (text.substr(i).starts_with(kLeftDoubleQuote)) {
    opens = true;
    return kLeftDoubleQuote.size();
  }
  if (text.substr(i).starts_with(kRightDoubleQuote)) {
    opens = false;
    return kRightDoubleQuote.size();
  }
  return 0;
}

WordToken make_token(std::string_view word, std::string_view sep) {
  WordToken token;
  token.text = word;
  token.bare = word;
  token.sep_before = sep;
  for (std::string_view suffix : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
    if (word.size() > suffix.size() && word.ends_with(suffix)) {
      token.possessive = true;
      token.bare = word.substr(0, word.size() - suffix.size());
    }
  }
  return token;
}

}  // namespace

WordTokens split_words(std::string_view text) {
  WordTokens tokens;
  std::size_t i = 0;
  std::size_t sep_start = 0;
  bool in_quote = false;
  bool sentence_ended = true;
  while (i < text.size()) {
    if (!is_word_byte(text, i)) {
      bool opens = false;
      if (const std::size_t length = quote_length(text, i, in_quote, opens); length > 0) {
        in_quote = opens;
        i += length;
        continue;
      }
      if (!in_quote && (text[i] == '.' || text[i] == '!' || text[i] == '?')) sentence_ended = true;
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < text.size()) {
      if (is_word_byte(text, i)) {
        ++i;
      } else if (const std::size_t joiner = joiner_length(text, i); joiner > 0) {
        i += joiner;
      } else {
        break;
      }
    }
    WordToken token =
        make_token(text.substr(start, i - start), text.substr(sep_start, start - sep_start));
    token.quoted = in_quote;
    token.sentence_start = sentence_ended;
    tokens.words.push_back(token);
    sentence_ended = false;
    sep_start = i;
  }
  tokens.tail = text.substr(sep_start);
  return tokens;
}

}  // namespace lenbot
