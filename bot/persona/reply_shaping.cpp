#include "bot/persona/reply_shaping.h"

#include <algorithm>
#include <cctype>

#include "bot/persona/closed_word_classes.h"
#include "bot/text/ascii.h"

namespace lenbot {
namespace {

bool is_upper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }
bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// `word` appears capitalised in `text` right after a lower-case word: a name, not a sentence
// start ("... with Rin ..." makes "Rin" proper; "After ..." at the start proves nothing).
bool capitalised_mid_sentence(std::string_view text, std::string_view word) {
  for (std::size_t at = text.find(word, 1); at != std::string_view::npos;
       at = text.find(word, at + 1)) {
    const std::size_t end = at + word.size();
    const bool whole = end == text.size() || !is_alpha(text[end]);
    if (whole && text[at - 1] == ' ' && at >= 2 &&
        std::islower(static_cast<unsigned char>(text[at - 2])) != 0) {
      return true;
    }
  }
  return false;
}

bool names_word(const std::vector<std::string>& names, std::string_view word) {
  return std::any_of(names.begin(), names.end(), [&](const std::string& name) {
    for (std::size_t at = name.find(word); at != std::string::npos; at = name.find(word, at + 1)) {
      const std::size_t end = at + word.size();
      if ((at == 0 || name[at - 1] == ' ') && (end == name.size() || name[end] == ' ')) return true;
    }
    return false;
  });
}

}  // namespace

std::string finish_sentence(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  std::string out(text);
  while (!out.empty() && (out.back() == ',' || out.back() == ';' || out.back() == ':')) {
    out.pop_back();
  }
  if (out.empty()) return out;
  const char last = out.back();
  const bool quoted_end =
      (last == '"' || last == ')') && out.size() >= 2 &&
      (out[out.size() - 2] == '.' || out[out.size() - 2] == '!' || out[out.size() - 2] == '?');
  if (last != '.' && last != '!' && last != '?' && !quoted_end) out += '.';
  return out;
}

std::string lower_first_word(std::string_view text, const std::vector<std::string>& names) {
  std::string out(text);
  std::size_t end = 0;
  while (end < out.size() && (is_alpha(out[end]) || out[end] == '\'' || out[end] == '-')) ++end;
  std::string_view word = std::string_view(out).substr(0, end);
  if (word.ends_with("'s")) word.remove_suffix(2);  // "Rin's" is Rin
  if (word.empty() || !is_upper(word[0])) return out;
  if (word == "I" || word.starts_with("I'")) return out;
  if (std::any_of(word.begin() + 1, word.end(), is_upper)) return out;  // "USB", "TV"
  if (words::person_of(word) != words::Person::kNone || names_word(names, word) ||
      capitalised_mid_sentence(text, word)) {
    return out;
  }
  out[0] = ascii_lower(out[0]);
  return out;
}

std::string fill_placeholders(std::string_view line,
                              const std::vector<std::pair<std::string, std::string>>& values) {
  std::string out;
  out.reserve(line.size());
  std::size_t at = 0;
  while (at < line.size()) {
    bool replaced = false;
    if (line[at] == '{') {
      for (const auto& [key, value] : values) {
        if (line.substr(at + 1).starts_with(key) &&
            line.substr(at + 1 + key.size()).starts_with('}')) {
          // A value that opens a sentence ("my memory disk" after "man. ") starts upper case.
          const bool opens_sentence =
              out.empty() || out.ends_with(". ") || out.ends_with("! ") || out.ends_with("? ");
          const std::size_t first = out.size();
          out += value;
          if (opens_sentence && first < out.size() && out[first] >= 'a' && out[first] <= 'z') {
            out[first] = static_cast<char>(out[first] - 'a' + 'A');
          }
          at += key.size() + 2;
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += line[at++];
  }
  return out;
}

}  // namespace lenbot
