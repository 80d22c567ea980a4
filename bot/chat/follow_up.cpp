#include "bot/chat/follow_up.h"

#include <array>
#include <vector>

#include "bot/index/analyzer.h"

namespace lenbot {
namespace {

constexpr std::size_t kMaxFollowUpWords = 6;

using Words = std::vector<std::string>;

bool is(const Words& words, std::initializer_list<std::string_view> expected) {
  if (words.size() != expected.size()) return false;
  std::size_t i = 0;
  for (auto word : expected) {
    if (words[i++] != word) return false;
  }
  return true;
}

bool any_of(const Words& words,
            std::initializer_list<std::initializer_list<std::string_view>> forms) {
  for (const auto& form : forms) {
    if (is(words, form)) return true;
  }
  return false;
}

}  // namespace

std::optional<FollowUp> detect_follow_up(std::string_view message) {
  Words words = tokenize(message);
  if (words.empty() || words.size() > kMaxFollowUpWords) return std::nullopt;
  if (words.front() == "len" || words.front() == "yo") words.erase(words.begin());
  if (words.empty()) return std::nullopt;
  if (any_of(words, {{"source"},
                     {"sources"},
                     {"citation"},
                     {"cite"},
                     {"proof"},
                     {"says", "who"},
                     {"how", "do", "you", "know"},
                     {"how", "do", "u", "know"},
                     {"how", "you", "know"},
                     {"where", "is", "that", "from"},
                     {"where", "does", "that", "come", "from"},
                     {"wheres", "that", "from"},
                     {"source", "please"},
                     {"got", "a", "source"},
                     {"any", "source"}})) {
    return FollowUp{FollowUpKind::kSource, ""};
  }
  if (any_of(words, {{"why"},
                     {"y"},
                     {"how", "come"},
                     {"why", "though"},
                     {"but", "why"},
                     {"why", "tho"},
                     {"whys", "that"},
                     {"why", "is", "that"},
                     {"why", "did", "you"},
                     {"why", "did", "u"},
                     {"why", "would", "you"}})) {
    return FollowUp{FollowUpKind::kWhy, ""};
  }
  if (any_of(words, {{"and", "then"},
                     {"then", "what"},
                     {"what", "next"},
                     {"what", "then"},
                     {"what", "happened", "next"},
                     {"what", "happened", "then"},
                     {"after", "that"},
                     {"and", "after", "that"},
                     {"then"},
                     {"next"},
                     {"tell", "me", "more"},
                     {"more"},
                     {"go", "on"},
                     {"and"}})) {
    return FollowUp{FollowUpKind::kNext, ""};
  }
  // "what about miku?", "how about camui", "and ronald?"
  std::size_t start = 0;
  if (words.size() >= 3 && (words[0] == "what" || words[0] == "how") && words[1] == "about") {
    start = 2;
  } else if (words.size() >= 2 && words[0] == "and") {
    start = 1;
  }
  if (start > 0 && words.size() - start <= 2) {
    std::string subject;
    for (std::size_t i = start; i < words.size(); ++i)
      subject += (subject.empty() ? "" : " ") + words[i];
    return FollowUp{FollowUpKind::kAbout, subject};
  }
  return std::nullopt;
}

std::string retarget_question(const std::string& last_question, const std::string& subject,
                              const std::function<bool(const std::string&)>& is_name) {
  std::string out;
  bool replaced = false;
  for (const auto& word : tokenize(last_question)) {
    const bool name = is_name(word);
    if (name && replaced) continue;
    out += (out.empty() ? "" : " ") + (name ? subject : word);
    replaced = replaced || name;
  }
  if (!replaced) out += " " + subject;
  return out;
}

}  // namespace lenbot
