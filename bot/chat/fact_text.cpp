#include "bot/chat/fact_text.h"

#include <algorithm>
#include <cctype>
#include <utility>
#include <vector>

#include "bot/persona/person_rewrite.h"
#include "bot/persona/reply_shaping.h"
#include "bot/persona/spoken_text.h"
#include "bot/retrieval/clauses.h"
#include "bot/text/ascii.h"

namespace lenbot {
namespace {

constexpr int kMaxJoined = 2;  // clauses joined on each side, so an answer stays short
constexpr std::size_t kLongWords = 40;
constexpr std::size_t kLeadInWords =
    8;  // a clause before this short is a lead-in  // past this, an answer keeps one sentence

// How Len says an infobox line, by its key (lower case): "{v}" is the value. Keys not listed
// read "My <key> is <value>.".
struct ProfileSaying {
  std::string_view key;
  std::string_view saying;
  bool lower_value;  // "Blue" -> "blue": a colour or a word, not a name
};
constexpr ProfileSaying kProfileSayings[] = {
    {"eye color", "My eyes are {v}.", true},
    {"hair color", "My hair is {v}.", true},
    {"gender", "I'm {v}.", true},
    {"classification", "I'm a {v}.", false},
    {"other names", "People also call me {v}.", false},
    {"first appearance", "I first showed up in {v}.", false},
    {"last appearance", "The last time I showed up was {v}.", false},
    {"affiliation", "I'm with {v}.", false},
    {"romanization", "In romaji my name's {v}.", false},
};

// "Eye Color: Blue" -> "My eyes are blue."
std::string profile_sentence(const std::string& text) {
  const auto colon = text.find(": ");
  if (colon == std::string::npos) return finish_sentence(text);
  const std::string key = ascii_lower(text.substr(0, colon));
  std::string value = text.substr(colon + 2);
  while (!value.empty() && (value.back() == '.' || value.back() == ' ')) value.pop_back();
  for (const auto& saying : kProfileSayings) {
    if (saying.key != key) continue;
    if (saying.lower_value && value.find(' ') == std::string::npos) {
      for (char& c : value) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    std::string said(saying.saying);
    said.replace(said.find("{v}"), 3, value);
    return said;
  }
  return "My " + key + " is " + value + ".";
}

bool starts_lower(const Fact& f) {
  return !f.text.empty() && std::islower(static_cast<unsigned char>(f.text.front())) != 0;
}

// "only for her comrade to shoot..." can stand on its own once said as speech ("Then her
// comrade shot..."); other lower-case starts ("leading to me being...") cannot.
bool stands_alone(const Fact& f) { return !starts_lower(f) || f.text.starts_with("only for "); }

// A segment may hold a sentence end ("...wiped. During this, ..."): of the joined clauses,
// only the sentences that overlap the answering clause are said, and not a lower-case
// fragment leading them.
std::string answer_sentences(const FactSpan& span, const Fact& answering) {
  std::string text;
  std::size_t begin = 0;
  std::size_t end = 0;
  for (const Fact* part : span.parts) {
    if (!text.empty()) text += ' ';
    if (part == &answering) begin = text.size();
    text += part->text;
    if (part == &answering) end = text.size();
  }
  std::vector<std::pair<std::size_t, std::size_t>> sentences;
  std::size_t start = 0;
  bool quoted = false;
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    quoted = quoted != (text[i] == '"');
    const bool stop = text[i] == '.' || text[i] == '!' || text[i] == '?';
    if (!quoted && stop && text[i + 1] == ' ' &&
        std::isupper(static_cast<unsigned char>(text[i + 2])) != 0) {
      sentences.emplace_back(start, i + 1);
      start = i + 2;
    }
  }
  sentences.emplace_back(start, text.size());
  if (sentences.size() == 1) return text;
  std::string said;
  const auto overlapping = [&](std::size_t from, std::size_t to) {
    return to > begin && from < end;
  };
  std::size_t count = 0;
  for (const auto& [from, to] : sentences) count += overlapping(from, to) ? 1 : 0;
  const bool long_text = word_count(text) > kLongWords;
  for (const auto& [from, to] : sentences) {
    if (!overlapping(from, to)) continue;
    // Too long for chat: only the sentence where the answering clause ends.
    if (count > 1 && long_text && !(from < end && end <= to)) continue;
    const bool fragment = std::islower(static_cast<unsigned char>(text[from])) != 0;
    if (said.empty() && fragment && to < end) continue;
    said += (said.empty() ? "" : " ") + text.substr(from, to - from);
  }
  return said.empty() ? text : said;
}

std::string joined_text(const std::vector<const Fact*>& parts) {
  std::string text;
  for (const Fact* part : parts) text += (text.empty() ? "" : " ") + part->text;
  return text;
}

}  // namespace

FactSpan fact_span(const Knowledge& k, const Fact& fact) {
  FactSpan span;
  if (fact.profile) {
    span.parts = {&fact};
    span.first_person = profile_sentence(fact.text);
    return span;
  }
  // The clauses before `fact`, nearest first, then reversed into reading order.
  const Fact* first = &fact;
  for (int i = 0; i < kMaxJoined; ++i) {
    first = clause_before(k, *first);
    if (first == nullptr) break;
    span.parts.push_back(first);
  }
  std::reverse(span.parts.begin(), span.parts.end());
  span.parts.push_back(&fact);
  for (int i = 0; i < kMaxJoined; ++i) {
    const Fact* after = clause_after(k, *span.parts.back());
    if (after == nullptr) break;
    span.parts.push_back(after);
  }
  span.first_person = finish_sentence(spoken(to_first_person(joined_text(span.parts))));
  return span;
}

// A clause that opens with a capital after a comma ("observations,[92] Although confused, ...")
// begins a new sentence, unless its first word is a person's name.
bool starts_a_sentence(const Knowledge& k, std::string_view text) {
  const std::size_t end = text.find_first_of(" ,");
  const std::string_view first = text.substr(0, end);
  return !first.empty() && std::isupper(static_cast<unsigned char>(first.front())) != 0 &&
         !k.people.contains(ascii_lower(first));
}

FactSpan answer_span(const Knowledge& k, const Fact& fact, const Fact& answering) {
  if (fact.profile) return fact_span(k, fact);
  FactSpan span;
  span.parts = {&fact};
  // answering_clause looks at most two clauses either side.
  for (int i = 0; i < 2 && answering.id < span.parts.front()->id; ++i) {
    const Fact* before = clause_before(k, *span.parts.front());
    if (before == nullptr) break;
    span.parts.insert(span.parts.begin(), before);
  }
  for (int i = 0; i < 2 && answering.id > span.parts.back()->id; ++i) {
    const Fact* after = clause_after(k, *span.parts.back());
    if (after == nullptr) break;
    span.parts.push_back(after);
  }
  // A ";" ends a sentence in speech, and so does a clause that starts a new one: Len starts at
  // the one holding the answering clause.
  for (std::size_t i = 0; i < span.parts.size() && span.parts[i] != &answering; ++i) {
    if (span.parts[i]->text.ends_with(";") ||
        (i + 1 < span.parts.size() && starts_a_sentence(k, span.parts[i + 1]->text))) {
      span.parts.erase(span.parts.begin(), span.parts.begin() + static_cast<std::ptrdiff_t>(i) + 1);
      i = static_cast<std::size_t>(-1);
    }
  }
  for (int i = 0; i < kMaxJoined && !stands_alone(*span.parts.front()); ++i) {
    const Fact* before = clause_before(k, *span.parts.front());
    if (before == nullptr || before->text.ends_with(";")) break;
    span.parts.insert(span.parts.begin(), before);
  }
  // A short lead-in of the same sentence ("Although believing it selfish,") is said with it.
  if (const Fact* before = clause_before(k, *span.parts.front());
      before != nullptr && before->text.ends_with(",") &&
      word_count(before->text) <= kLeadInWords) {
    span.parts.insert(span.parts.begin(), before);
  }
  // A sentence goes on past a comma, semicolon or colon: say it to its main clause's end.
  for (int i = 0; i < kMaxJoined; ++i) {
    const std::string& text = span.parts.back()->text;
    const char last = text.empty() ? '.' : text.back();
    if (last != ',' && last != ':') break;  // ";" ends a sentence when Len says it
    const Fact* after = clause_after(k, *span.parts.back());
    if (after == nullptr) break;
    if (starts_a_sentence(k, after->text)) break;
    span.parts.push_back(after);
  }
  span.first_person = finish_sentence(spoken(to_first_person(answer_sentences(span, answering))));
  return span;
}

std::size_t word_count(std::string_view text) {
  std::size_t count = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    count += !space && !in_word ? 1 : 0;
    in_word = !space;
  }
  return count;
}

}  // namespace lenbot
