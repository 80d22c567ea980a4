#include "bot/chat/answer_head.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "bot/text/ascii.h"

namespace lenbot {
namespace {

bool has(const std::vector<std::string>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// The answering clause holds what was asked: every word of the question but the people, a
// scene-setting word and (in a longer question) one more.
bool clause_holds_question(const Question& q, const Fact& answering) {
  std::size_t asked = 0;
  std::size_t missing = 0;
  for (const auto& group : q.groups) {
    if (group.person_id >= 0 || group.setting) continue;
    ++asked;
    const bool found = std::any_of(group.terms.begin(), group.terms.end(), [&](const QueryTerm& t) {
      return t.id >= 0 &&
             std::binary_search(answering.term_ids.begin(), answering.term_ids.end(), t.id);
    });
    missing += found ? 0 : 1;
  }
  return asked > 0 && (missing == 0 || (asked >= 3 && missing == 1));
}

std::string upper_first(std::string text) {
  if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  return text;
}

bool opens_with(std::string_view answer, std::string_view head) {
  return answer.size() >= head.size() &&
         ascii_lower(answer.substr(0, head.size())) == ascii_lower(head);
}

// "who shot you" asks who did it; "who was your master", "who did you date" ask who someone is.
bool asks_doer(const Question& q) {
  const auto who = std::find(q.words.begin(), q.words.end(), "who");
  if (who == q.words.end() || who + 1 == q.words.end()) return false;
  static const std::vector<std::string> kLinking = {
      "is", "was", "are", "were", "s", "do", "does", "did", "has", "had", "would", "will", "can"};
  return !has(kLinking, *(who + 1));
}

std::optional<std::string> who_head(const Knowledge& k, const Question& q, const Fact& answering,
                                    std::string_view answer) {
  if (!clause_holds_question(q, answering)) return std::nullopt;
  std::vector<std::string> people;
  for (const Mention& m : answering.mentions) {
    if (m.kind == MentionKind::kPronoun || m.kind == MentionKind::kGroup || m.possessive ||
        m.persons.size() != 1) {
      continue;
    }
    const std::string& p = m.persons.front();
    if (p != "len" && !has(q.people, p) && !has(people, p)) people.push_back(p);
  }
  if (people.size() != 1) return std::nullopt;
  const auto it = k.people.find(people.front());
  if (it == k.people.end()) return std::nullopt;
  const std::string& name = it->second.display;
  if (opens_with(answer, name)) return std::nullopt;
  return upper_first(name) + (asks_doer(q) ? " did." : ".");
}

bool is_place_preposition(std::string_view w) {
  return w == "in" || w == "at" || w == "near" || w == "to" || w == "from" || w == "inside" ||
         w == "into" || w == "behind" || w == "by" || w == "outside";
}

std::optional<std::string> where_head(const Knowledge& k, const Question& q, const Fact& answering,
                                      std::string_view answer) {
  if (!clause_holds_question(q, answering)) return std::nullopt;
  std::vector<std::string> words;  // the answer's words, punctuation kept on them
  std::size_t i = 0;
  while (i < answer.size()) {
    const std::size_t end = std::min(answer.find(' ', i), answer.size());
    if (end > i) words.emplace_back(answer.substr(i, end - i));
    i = end + 1;
  }
  constexpr std::size_t kReach = 4;  // "in the growing winter storm": a place a few words on
  for (std::size_t p = 0; p < words.size(); ++p) {
    if (!is_place_preposition(ascii_lower(words[p]))) continue;
    for (std::size_t w = p + 1; w < words.size() && w <= p + kReach; ++w) {
      std::string bare = ascii_lower(words[w]);
      if (is_place_preposition(bare)) break;  // "into a hug near Tokyo Dome": the nearer one
      const bool stops = bare.find_first_of(",.;:!?") != std::string::npos;
      while (!bare.empty() && std::ispunct(static_cast<unsigned char>(bare.back())) != 0) {
        bare.pop_back();
      }
      if (bare.ends_with("'s")) break;  // "in Miku's room" names her, not the place
      if (k.places.contains(bare) && !has(q.words, bare)) {
        std::size_t last = w;  // "Tokyo Dome City": the place's capitalised words go with it
        while (!stops && last + 1 < words.size() &&
               std::isupper(static_cast<unsigned char>(words[last + 1][0])) != 0 &&
               words[last].find_first_of(",.;:") == std::string::npos) {
          ++last;
        }
        std::string head;
        for (std::size_t j = p; j <= last; ++j) head += (head.empty() ? "" : " ") + words[j];
        while (!head.empty() && std::ispunct(static_cast<unsigned char>(head.back())) != 0) {
          head.pop_back();
        }
        if (p == 0) return std::nullopt;  // the answer opens with it already
        return upper_first(head) + ".";
      }
      if (stops) break;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> answer_head(const Knowledge& k, const Question& q, const Fact& answering,
                                       std::string_view answer) {
  if (q.type == QuestionType::kWho) return who_head(k, q, answering, answer);
  if (q.type == QuestionType::kWhere) return where_head(k, q, answering, answer);
  return std::nullopt;
}

}  // namespace lenbot
