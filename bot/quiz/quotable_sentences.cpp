#include "bot/quiz/quotable_sentences.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "bot/quiz/wordnet_classes.h"

namespace lenbot {
namespace {

// Openers that refer to the previous sentence; a quiz question quotes one sentence alone.
constexpr std::array<std::string_view, 14> kConnectives = {"Despite this, ",
                                                           "During this, though, ",
                                                           "During this, ",
                                                           "In response, ",
                                                           "Following this, ",
                                                           "After this point, ",
                                                           "Then, however, ",
                                                           "Later on, ",
                                                           "Later, ",
                                                           "Afterwards, ",
                                                           "Soon after, ",
                                                           "Then, ",
                                                           "Immediately after, ",
                                                           "Not too long after, "};

// Words that open a subordinate clause: a sentence starting with one needs a main clause.
constexpr std::array<std::string_view, 9> kSubordinators = {
    "Although", "While", "As", "When", "Since", "Because", "Before", "After", "If"};

// Subjects a quiz cannot resolve without the previous sentence.
constexpr std::array<std::string_view, 6> kOpaqueSubjects = {"she",  "She", "they",
                                                             "They", "It",  "it"};

std::vector<std::string_view> split_sentences(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    const char c = text[i];
    if ((c == '.' || c == '!' || c == '?') && text[i + 1] == ' ' &&
        std::isupper(static_cast<unsigned char>(text[i + 2])) != 0) {
      out.push_back(text.substr(start, i + 1 - start));
      start = i + 2;
    }
  }
  out.push_back(text.substr(start));
  return out;
}

bool contains_word(const std::vector<Token>& tokens, std::string_view word) {
  for (const auto& t : tokens) {
    if (t.word == word) return true;
  }
  return false;
}

// "he"/"He" as the first word or right after a comma becomes "Len" when the sentence does
// not name Len already: in the plot the article's "he" is Len.
std::string name_len(std::string text) {
  if (text.starts_with("he ") || text.starts_with("He ")) return "Len" + text.substr(2);
  if (contains_word(sentence_tokens(text), "Len")) return text;
  const auto pos = text.find(", he ");
  if (pos != std::string::npos) text.replace(pos + 2, 2, "Len");
  return text;
}

// True when the segment was cut at a citation right after a one- or two-word aside, as in
// "... to meet and Len, depressed," whose sentence goes on in the next segment.
bool ends_dangling(std::string_view text) {
  if (!text.ends_with(",")) return false;
  text.remove_suffix(1);
  const auto comma = text.rfind(", ");
  if (comma == std::string_view::npos) return false;
  const auto tail = text.substr(comma + 2);
  return std::count(tail.begin(), tail.end(), ' ') < 2;
}

bool is_finite_verb(const Token& token) {
  if (token.word.ends_with("ing") || is_capitalised(token.word)) return false;
  return verb_base(token.word).has_value();
}

// True when some clause has a subject (a name, "Len", "he", a noun) and a finite verb.
bool has_main_clause(const std::vector<Token>& tokens, std::size_t from) {
  for (std::size_t i = from; i + 1 < tokens.size(); ++i) {
    const auto& subject = tokens[i];
    if (!tokens[i + 1].joined || !is_finite_verb(tokens[i + 1])) continue;
    if (subject.word == "to" || subject.word == "that" || subject.word == "who") continue;
    if (is_capitalised(subject.word) || subject.word == "he" || subject.word == "two" ||
        is_noun(subject.word)) {
      return true;
    }
  }
  return false;
}

bool is_subordinate_opener(std::string_view word) {
  if (word.ends_with("ing")) return true;
  for (auto s : kSubordinators) {
    if (word == s) return true;
  }
  return false;
}

std::optional<Sentence> clean(std::string_view raw) {
  std::string text(raw);
  if (text.empty() || std::islower(static_cast<unsigned char>(text.front())) != 0) {
    if (!text.starts_with("he ")) return std::nullopt;  // a fragment of the previous clause
  }
  if (ends_dangling(text)) return std::nullopt;
  if (text.starts_with("But ")) text.erase(0, 4);
  for (auto connective : kConnectives) {
    if (text.starts_with(connective)) {
      text.erase(0, connective.size());
      break;
    }
  }
  text = name_len(std::move(text));
  text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  while (!text.empty() && (text.back() == ',' || text.back() == ';' || text.back() == ':')) {
    text.pop_back();
  }
  if (text.empty()) return std::nullopt;
  if (text.back() != '.' && text.back() != '!' && text.back() != '?') text += '.';

  Sentence sentence{text, sentence_tokens(text)};
  const auto& tokens = sentence.tokens;
  if (tokens.size() < 5) return std::nullopt;
  for (auto opaque : kOpaqueSubjects) {
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
      if (tokens[i].word == opaque && is_finite_verb(tokens[i + 1])) return std::nullopt;
    }
  }
  std::size_t from = 0;
  if (is_subordinate_opener(tokens.front().word)) {
    const auto comma = text.find(", ");
    if (comma == std::string::npos) return std::nullopt;
    while (from < tokens.size() && tokens[from].begin < comma) ++from;
  }
  if (!has_main_clause(tokens, from)) return std::nullopt;
  return sentence;
}

}  // namespace

bool is_capitalised(std::string_view word) {
  return !word.empty() && std::isupper(static_cast<unsigned char>(word.front())) != 0;
}

std::vector<Sentence> quotable_sentences(std::string_view segment_text) {
  std::vector<Sentence> out;
  for (auto raw : split_sentences(segment_text)) {
    if (auto sentence = clean(raw)) out.push_back(std::move(*sentence));
  }
  return out;
}

}  // namespace lenbot
