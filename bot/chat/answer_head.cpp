#include "bot/chat/answer_head.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "bot/chat/fact_text.h"
#include "bot/persona/closed_word_classes.h"
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

// The answer's words, punctuation kept on them.
std::vector<std::string> words_of(std::string_view answer) {
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < answer.size()) {
    const std::size_t end = std::min(answer.find(' ', i), answer.size());
    if (end > i) words.emplace_back(answer.substr(i, end - i));
    i = end + 1;
  }
  return words;
}

// Where the place phrase of a "where" answer is: words [first, last] of words_of(answer).
struct PlaceSpan {
  std::size_t first = 0;
  std::size_t last = 0;
};

bool is_pronoun_or_link(std::string_view w) {
  return w == "them" || w == "him" || w == "her" || w == "me" || w == "us" || w == "it" ||
         w == "like" || w == "as" || w == "and" || w == "or";
}

// A word after which a place phrase has ended: a preposition or a conjunction.
bool ends_a_phrase(std::string_view w) {
  return is_place_preposition(w) || w == "and" || w == "with" || w == "where" || w == "before" ||
         w == "after" || w == "when" || w == "while" || w == "for" || w == "on" || w == "but" ||
         w == "as" || w == "so" || w == "then" || w == "or" || w == "of" || w == "until" ||
         w == "during" || w == "together";
}

// The place phrases of the answer the fan did not name, in order.
std::vector<PlaceSpan> place_spans(const Knowledge& k, const Question& q,
                                   const std::vector<std::string>& words) {
  std::vector<PlaceSpan> spans;
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
      // "important to them like Shibuya station": the preposition belongs to someone else.
      if (is_pronoun_or_link(bare)) break;
      if (k.places.contains(bare) && !has(q.words, bare)) {
        std::size_t last = w;  // "Tokyo Dome City": the place's capitalised words go with it
        while (!stops && last + 1 < words.size() &&
               std::isupper(static_cast<unsigned char>(words[last + 1][0])) != 0 &&
               words[last].find_first_of(",.;:") == std::string::npos) {
          ++last;
        }
        // "Shibuya station": a place that goes on in lower case is part of a longer name the
        // lexicon does not hold; saying only part of it would break the sentence.
        const bool ends = stops || last + 1 == words.size() ||
                          words[last].find_first_of(",.;:!?") != std::string::npos ||
                          ends_a_phrase(ascii_lower(words[last + 1]));
        if (ends) spans.push_back({p, last});
        p = last;
        break;
      }
      if (stops) break;
    }
  }
  return spans;
}

// The place to say first: the first one when the answering clause holds what was asked, else
// the answer's only place (a sentence naming one place answers "where" with it). nullopt when
// the answer opens with it already.
std::optional<PlaceSpan> place_span(const Knowledge& k, const Question& q, const Fact& answering,
                                    const std::vector<std::string>& words) {
  const auto spans = place_spans(k, q, words);
  if (spans.empty()) return std::nullopt;
  if (!clause_holds_question(q, answering) && spans.size() != 1) return std::nullopt;
  if (spans.front().first == 0) return std::nullopt;
  return spans.front();
}

std::string trim_punctuation(std::string text) {
  while (!text.empty() && std::ispunct(static_cast<unsigned char>(text.back())) != 0) {
    text.pop_back();
  }
  return text;
}

std::string place_head(const std::vector<std::string>& words, const PlaceSpan& span) {
  std::string head;
  for (std::size_t j = span.first; j <= span.last; ++j) {
    head += (head.empty() ? "" : " ") + words[j];
  }
  return upper_first(trim_punctuation(head)) + ".";
}

std::optional<std::string> where_head(const Knowledge& k, const Question& q, const Fact& answering,
                                      std::string_view answer) {
  const auto words = words_of(answer);
  const auto span = place_span(k, q, answering, words);
  if (!span) return std::nullopt;
  return place_head(words, *span);
}

// "I ran and caught up to Rin, pulling her into a hug near Tokyo Dome." without the place,
// which the head said: "I ran and caught up to Rin, pulling her into a hug."
std::string without_place(const std::vector<std::string>& words, const PlaceSpan& span) {
  std::string text;
  for (std::size_t j = 0; j < words.size(); ++j) {
    if (j >= span.first && j <= span.last) continue;
    text += (text.empty() ? "" : " ") + words[j];
  }
  // The phrase's closing punctuation (",", ".") goes to the word before it, unless that word
  // has its own.
  const std::string& end = words[span.last];
  const std::size_t punct = end.find_last_not_of(",.;:!?");
  const std::string closing = punct == std::string::npos ? "" : end.substr(punct + 1);
  if (!closing.empty()) {
    std::size_t at = 0;
    for (std::size_t j = 0; j < span.first; ++j) at += words[j].size() + (j > 0 ? 1 : 0);
    if (at > 0 && std::ispunct(static_cast<unsigned char>(text[at - 1])) == 0) {
      text.insert(at, closing);
    }
  }
  return text;
}

// Words that open a time clause inside a sentence ("... after Rin gave me chocolate").
bool is_time_conjunction(std::string_view w) {
  return w == "after" || w == "before" || w == "when" || w == "while" || w == "once" ||
         w == "until" || w == "during";
}

// The answer already says when first ("After the incident...", "That December, ...").
bool opens_with_time(std::string_view answer) {
  const std::string first = ascii_lower(answer.substr(0, answer.find_first_of(" ,")));
  return is_time_conjunction(first) || first == "on" || first == "in" || first == "that" ||
         first == "one" || first == "at" || first == "as" || first == "by" || first == "soon" ||
         first == "then" || first == "later" || first == "eventually" || first == "finally";
}

bool keeps_capital(std::string_view word) {
  return word == "I" || word.starts_with("I'") || words::person_of(word) != words::Person::kNone;
}

}  // namespace

std::optional<std::string> time_first(std::string_view answer) {
  std::string text(answer);
  while (!text.empty() && text.back() == ' ') text.pop_back();
  if (text.size() < 2 || text.back() != '.' || opens_with_time(text)) return std::nullopt;
  // One sentence without quotes: a clause moved across sentences or quotes would break them.
  if (text.find(". ") != std::string::npos || text.find('"') != std::string::npos) {
    return std::nullopt;
  }
  constexpr std::size_t kMinLead = 12;  // "I hid when" is not worth turning around
  constexpr std::size_t kMaxClauseWords = 14;
  for (std::size_t at = text.find(' '); at != std::string::npos; at = text.find(' ', at + 1)) {
    const std::size_t word_end = text.find_first_of(" ,.", at + 1);
    if (word_end == std::string::npos) break;
    const std::string word = text.substr(at + 1, word_end - at - 1);
    if (!is_time_conjunction(word) || at < kMinLead || text[word_end] != ' ') continue;
    // The clause runs to the next comma or the sentence's end.
    const std::size_t comma = text.find(", ", word_end);
    const std::size_t stop = comma == std::string::npos ? text.size() - 1 : comma;
    std::string clause = text.substr(at + 1, stop - at - 1);
    if (word_count(clause) < 2 || word_count(clause) > kMaxClauseWords) return std::nullopt;
    std::string rest = text.substr(0, at);
    while (!rest.empty() && (rest.back() == ',' || rest.back() == ' ')) rest.pop_back();
    // "I was a fan and would be shy when approached": the clause goes with the last verb only.
    if (rest.find(" and ") != std::string::npos || rest.find(", ") != std::string::npos) {
      return std::nullopt;
    }
    const std::string first = rest.substr(0, rest.find(' '));
    if (!keeps_capital(first)) rest[0] = ascii_lower(rest[0]);
    clause[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(clause[0])));
    std::string said = clause + ", " + rest;
    said += comma == std::string::npos ? "." : text.substr(comma);
    return said;
  }
  return std::nullopt;
}

std::optional<std::string> answer_first(const Knowledge& k, const Question& q,
                                        const Fact& answering, std::string_view answer) {
  if (q.type == QuestionType::kWhere) {
    const auto words = words_of(answer);
    const auto span = place_span(k, q, answering, words);
    if (!span) return std::nullopt;
    const std::string rest = without_place(words, *span);
    // The place was all there was to say: the sentence as it is reads better.
    if (word_count(rest) < 4) return std::string(answer);
    return place_head(words, *span) + " " + rest;
  }
  if (q.type == QuestionType::kWhen) return time_first(answer);
  if (const auto head = answer_head(k, q, answering, answer)) {
    return *head + " " + std::string(answer);
  }
  return std::nullopt;
}

std::optional<std::string> answer_head(const Knowledge& k, const Question& q, const Fact& answering,
                                       std::string_view answer) {
  if (q.type == QuestionType::kWho) return who_head(k, q, answering, answer);
  if (q.type == QuestionType::kWhere) return where_head(k, q, answering, answer);
  return std::nullopt;
}

}  // namespace lenbot
