#include "bot/ingest/section_namer.h"

#include <cctype>
#include <map>
#include <set>

namespace lenbot {
namespace {

bool is_upper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }
bool is_name_char(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == '-'; }

// Capitalised words that do not start a sentence, possessive "'s" dropped.
std::map<std::string, int> count_names(const std::vector<std::string>& paragraphs) {
  std::map<std::string, int> counts;
  for (const auto& text : paragraphs) {
    bool sentence_start = true;
    for (std::size_t i = 0; i < text.size();) {
      if (!is_name_char(text[i])) {
        if (text[i] == '.' || text[i] == '!' || text[i] == '?' || text[i] == ']') {
          sentence_start = true;
        }
        ++i;
        continue;
      }
      std::size_t end = i;
      while (end < text.size() && is_name_char(text[end])) ++end;
      const std::string word = text.substr(i, end - i);
      if (is_upper(word[0]) && !sentence_start && word.size() > 2) ++counts[word];
      sentence_start = false;
      i = end;
      if (i + 1 < text.size() && text[i] == '\'' && text[i + 1] == 's') i += 2;
    }
  }
  return counts;
}

// "Camui" -> "Camui Gackpo" when the article writes the longer form somewhere.
std::string longest_form(const std::string& name, const std::string& article_text) {
  std::string best = name;
  for (std::size_t pos = article_text.find(name); pos != std::string::npos;
       pos = article_text.find(name, pos + 1)) {
    std::size_t end = pos + name.size();
    if (end + 1 < article_text.size() && article_text[end] == ' ' &&
        is_upper(article_text[end + 1])) {
      std::size_t next = end + 1;
      while (next < article_text.size() && is_name_char(article_text[next])) ++next;
      const std::string candidate = article_text.substr(pos, next - pos);
      if (candidate.size() > best.size()) best = candidate;
    }
  }
  return best;
}

std::string capitalised_last_word(const std::string& text) {
  std::size_t end = text.size();
  while (end > 0 && !std::isalpha(static_cast<unsigned char>(text[end - 1]))) --end;
  std::size_t start = end;
  while (start > 0 && std::isalpha(static_cast<unsigned char>(text[start - 1]))) --start;
  std::string word = text.substr(start, end - start);
  if (!word.empty()) word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
  return word;
}

}  // namespace

void name_sections(std::vector<DraftSection>& sections, const std::string& article_text) {
  std::set<std::string> taken_words;  // words of names already used, e.g. "Miku", "Rin"
  for (const auto& s : sections) {
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.name.size(); ++i) {
      if (i == s.name.size() || s.name[i] == ' ') {
        if (i > start) taken_words.insert(s.name.substr(start, i - start));
        start = i + 1;
      }
    }
  }
  taken_words.insert("Len");
  taken_words.insert("Kagamine");

  bool after_story = false;
  for (std::size_t i = 0; i < sections.size(); ++i) {
    auto& s = sections[i];
    if (s.part != StoryPart::kNone) {
      after_story = true;
      continue;
    }
    if (!s.name.empty()) {
      after_story = false;
      continue;
    }
    if (i == 0) {
      s.name = "Intro";
    } else if (s.bullets) {
      s.name = "Trivia";
    } else if (after_story) {
      s.name = "Personality";
    } else if (s.epigraph_about.find("appearance") != std::string::npos) {
      s.name = capitalised_last_word(s.epigraph_about);
    } else {
      std::string best;
      int best_count = 0;
      for (const auto& [name, count] : count_names(s.paragraphs)) {
        if (taken_words.contains(name)) continue;
        if (count > best_count) {
          best = name;
          best_count = count;
        }
      }
      s.name = best.empty() ? "Other" : longest_form(best, article_text);
      taken_words.insert(best);
    }
    after_story = false;
  }
}

}  // namespace lenbot
