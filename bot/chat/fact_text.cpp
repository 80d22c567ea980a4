#include "bot/chat/fact_text.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <utility>
#include <vector>

#include "bot/persona/person_rewrite.h"
#include "bot/persona/profile_speech.h"
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

bool starts_lower(const Fact& f) {
  return !f.text.empty() && std::islower(static_cast<unsigned char>(f.text.front())) != 0;
}

// "only for her comrade to shoot..." can stand on its own once said as speech ("Then her
// comrade shot..."); other lower-case starts ("leading to me being...") cannot.
bool stands_alone(const Fact& f) { return !starts_lower(f) || f.text.starts_with("only for "); }

// Byte ranges of a text, in order.
using Ranges = std::vector<std::pair<std::size_t, std::size_t>>;

// The parts joined with spaces, as the article reads them.
std::string joined_text(const std::vector<const Fact*>& parts) {
  std::string text;
  for (const Fact* part : parts) text += (text.empty() ? "" : " ") + part->text;
  return text;
}

// A segment may hold a sentence end ("...wiped. During this, ..."): of the joined clauses,
// only the sentences that overlap the answering clause are said, and not a lower-case
// fragment leading them. Ranges of joined_text(span.parts).
Ranges answer_sentences(const FactSpan& span, const Fact& answering) {
  std::string text;
  std::size_t begin = 0;
  std::size_t end = 0;
  for (const Fact* part : span.parts) {
    if (!text.empty()) text += ' ';
    if (part == &answering) begin = text.size();
    text += part->text;
    if (part == &answering) end = text.size();
  }
  Ranges sentences;
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
  if (sentences.size() == 1) return sentences;
  Ranges said;
  const auto overlapping = [&](std::size_t from, std::size_t to) {
    return to > begin && from < end;
  };
  std::size_t count = 0;
  for (const auto& [from, to] : sentences) count += overlapping(from, to) ? 1U : 0U;
  const bool long_text = word_count(text) > kLongWords;
  for (const auto& [from, to] : sentences) {
    if (!overlapping(from, to)) continue;
    // Too long for chat: only the sentence where the answering clause ends.
    if (count > 1 && long_text && !(from < end && end <= to)) continue;
    const bool fragment = std::islower(static_cast<unsigned char>(text[from])) != 0;
    if (said.empty() && fragment && to < end) continue;
    said.emplace_back(from, to);
  }
  return said.empty() ? Ranges{{0, text.size()}} : said;
}

bool is_male_pronoun(std::string_view w) {
  return w == "he" || w == "He" || w == "him" || w == "his" || w == "His" || w == "himself";
}

// What the coreference stored says of a mention, for the rewriter; nullopt where the rewriter
// reads better by itself. Measured over the train, dev, blind and fan replies, the stored
// he/him/his was right in 2 of the 10 places it disagreed with the rewriter's clause tracking
// ("striking him", "his grasp" are Camui's), so a man's pronoun goes by the store only when
// it means Len, a description of Len ("a stray dog") came before it and no other man was
// named: "his master" is the dog's, but in "Camui, realizing I was the dog, ... striking him"
// the "him" is Camui. "them" is often a thing ("forget about them"), so the pair logic keeps it.
std::optional<Referent::Who> who_of(const Mention& m, bool len_described) {
  const bool len = std::find(m.persons.begin(), m.persons.end(), "len") != m.persons.end();
  if (m.kind == MentionKind::kName || m.persons.empty()) return std::nullopt;
  if (is_male_pronoun(m.surface) && !(len && m.persons.size() == 1 && len_described)) {
    return std::nullopt;
  }
  if (len && m.persons.size() == 1) return Referent::Who::kLen;
  if (len) {
    if (m.surface == "them" || m.surface == "Them") return std::nullopt;
    return Referent::Who::kLenAndOther;
  }
  if (m.kind != MentionKind::kPronoun) return std::nullopt;
  return Referent::Who::kOther;
}

// The ranges of the parts' joined text, said one after another, and the stored mentions in
// them as referents. A pronoun for someone the said text has not named yet ("she gave me to
// her comrade", the "she" being Irina) carries the name to say instead.
std::pair<std::string, std::vector<Referent>> said_text(const Knowledge& k,
                                                        const std::vector<const Fact*>& parts,
                                                        const Ranges& ranges) {
  const std::string joined = joined_text(parts);
  std::string text;
  std::vector<Referent> referents;
  std::vector<std::string> named;
  bool len_described = false;
  bool other_man_named = false;
  for (const auto& [from, to] : ranges) {
    if (!text.empty()) text += ' ';
    const std::size_t base = text.size();
    text.append(joined, from, to - from);
    std::size_t offset = 0;
    for (const Fact* part : parts) {
      for (const Mention& m : part->mentions) {
        const std::size_t at = offset + static_cast<std::size_t>(m.start);
        if (at < from || at >= to) continue;
        if (m.kind == MentionKind::kName || m.kind == MentionKind::kDescription) {
          named.insert(named.end(), m.persons.begin(), m.persons.end());
        }
        const auto who = who_of(m, len_described && !other_man_named);
        if (m.kind == MentionKind::kDescription && m.persons == std::vector<std::string>{"len"}) {
          len_described = true;
        }
        for (const auto& person : m.persons) {
          const auto gender = k.genders.find(person);
          other_man_named =
              other_man_named || (m.kind == MentionKind::kName && person != "len" &&
                                  gender != k.genders.end() && gender->second == Gender::kMale);
        }
        if (!who) continue;
        Referent r{static_cast<int>(base + at - from), *who, "", m.possessive};
        const std::string& person = m.persons.front();
        const auto display = k.people.find(person);
        if (*who == Referent::Who::kOther && m.persons.size() == 1 && display != k.people.end() &&
            std::find(named.begin(), named.end(), person) == named.end()) {
          r.name = display->second.display;
          named.push_back(person);
        }
        referents.push_back(std::move(r));
      }
      offset += part->text.size() + 1;
    }
  }
  std::sort(referents.begin(), referents.end(),
            [](const Referent& a, const Referent& b) { return a.start < b.start; });
  return {text, referents};
}

// "despite the latter being better armed": the latter is the person named last before it,
// the former the one named before that; said by name, as a fan would. Left alone when the
// sentence names fewer people than it needs.
std::string resolve_latter(const Knowledge& k, std::string text) {
  // The pair is named before the first of the two words: "the story of Elena and Teppannov,
  // ending in the former's suicide after she rebelled against Putin and the latter's ...".
  const std::size_t pair_end = std::min(text.find("the latter"), text.find("the former"));
  if (pair_end == std::string::npos) return text;
  for (const auto& [phrase, back] : {std::pair<std::string_view, std::size_t>{"the latter", 0},
                                     std::pair<std::string_view, std::size_t>{"the former", 1}}) {
    for (std::size_t at = text.find(phrase); at != std::string::npos;
         at = text.find(phrase, at + 1)) {
      std::vector<std::string> named;  // display names before the pair's end, in order, once
      for (std::size_t i = 0; i < pair_end;) {
        const std::size_t end = std::min(text.find_first_of(" ,.;:!?\"", i), pair_end);
        const std::string word = ascii_lower(std::string_view(text).substr(i, end - i));
        const auto it =
            k.people.find(word.ends_with("'s") ? word.substr(0, word.size() - 2) : word);
        if (it != k.people.end() && word != "len" &&
            std::isupper(static_cast<unsigned char>(text[i])) != 0) {
          std::erase(named, it->second.display);
          named.push_back(it->second.display);
        }
        i = end + 1;
      }
      if (named.size() <= back) continue;
      const std::string& name = named[named.size() - 1 - back];
      const bool possessive = text.compare(at + phrase.size(), 2, "'s") == 0;
      text.replace(at, phrase.size() + (possessive ? 2 : 0), possessive ? name + "'s" : name);
    }
  }
  return text;
}

// Len's words for `ranges` of the parts' joined text.
std::string said_first_person(const Knowledge& k, const std::vector<const Fact*>& parts,
                              const Ranges& ranges) {
  const auto [text, referents] = said_text(k, parts, ranges);
  return finish_sentence(resolve_latter(k, spoken(to_first_person(text, referents))));
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
  span.first_person = said_first_person(k, span.parts, {{0, joined_text(span.parts).size()}});
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
  span.first_person = said_first_person(k, span.parts, answer_sentences(span, answering));
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
