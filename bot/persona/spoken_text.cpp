#include "bot/persona/spoken_text.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "bot/persona/closed_word_classes.h"
#include "bot/text/ascii.h"

namespace lenbot {
namespace {

// Openers that point at an earlier sentence or only narrate ("On one occasion"). Longest
// first, so "After this point" wins over "After this".
constexpr std::array<std::string_view, 30> kBackReferences = {"as a result of this",
                                                              "as part of this",
                                                              "during this time",
                                                              "by this time",
                                                              "after this point",
                                                              "following this",
                                                              "because of this",
                                                              "in response to this",
                                                              "on one occasion",
                                                              "in addition",
                                                              "at this point",
                                                              "despite this",
                                                              "during this",
                                                              "in response",
                                                              "in doing so",
                                                              "as a result",
                                                              "due to this",
                                                              "after this",
                                                              "afterwards",
                                                              "soon after",
                                                              "nonetheless",
                                                              "nevertheless",
                                                              "meanwhile",
                                                              "additionally",
                                                              "furthermore",
                                                              "however",
                                                              "later on",
                                                              "subsequently",
                                                              "later",
                                                              "but"};

// Wiki register -> chat, whole words, in any position outside quotes.
constexpr std::array<std::pair<std::string_view, std::string_view>, 19> kPlainer = {{
    {"As a result of ", "Because of "},
    {"as a result of ", "because of "},
    {", however,", ","},
    {"in order to ", "to "},
    {"In order to ", "To "},
    {"due to ", "because of "},
    {"Due to ", "Because of "},
    {"the series", "my story"},
    {"the article", "my story"},
    // "As a carry-over from my dog programming, I was a delinquent": the wiki's causal link.
    {"As a carry-over from ", "Because of "},
    {"as a carry-over from ", "because of "},
    // A concession the fan never heard ("accepting that..., I nonetheless decided").
    {", nonetheless,", ","},
    {" nonetheless ", " "},
    // "...to link me to Rin's interior for this purpose": the purpose was said before it.
    {" for this purpose", ""},
    {", to this end,", ","},
    {"To this end, ", ""},
    // "This skill at fighting also extended to...": the skill is Len's, said before it.
    {"This skill at ", "My skill at "},
    // "I faced off against the figure alone": the wiki's suspense; Len says it plainly.
    {"the figure ", "the guy "},
    // "I would continue to wear this outfit": an outfit described a sentence before.
    {"wear this outfit", "wear that outfit"},
}};

bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// `text` starts with `prefix`, ignoring case, and the prefix ends at a word boundary.
bool starts_with_words(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (ascii_lower(text[i]) != prefix[i]) return false;
  }
  return text.size() == prefix.size() || !is_alpha(text[prefix.size()]);
}

std::string_view back_reference_at(std::string_view text) {
  for (std::string_view ref : kBackReferences) {
    if (starts_with_words(text, ref)) return text.substr(0, ref.size());
  }
  return {};
}

std::string upper_first(std::string text) {
  for (char& c : text) {
    if (is_alpha(c)) {
      c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      break;
    }
    if (c != '"' && c != ' ') break;
  }
  return text;
}

// Drops a leading back-reference and the comma after it: "During this, my memories..." ->
// "My memories...". "Later, ..." goes too: the fan asked about that moment already.
std::string drop_back_reference(std::string text) {
  const std::string_view ref = back_reference_at(text);
  if (ref.empty()) return text;
  // "As a result of their friendship, I..." goes on past the phrase: not a back-reference.
  const bool stands = ref.size() < text.size() && text[ref.size()] == ',';
  std::string key(ref);
  for (char& c : key) c = ascii_lower(c);
  const bool self_contained = key.ends_with("this") || key.ends_with("point") ||
                              key == "afterwards" || key == "later on" || key == "later" ||
                              key == "on one occasion" || key == "but" || key == "soon after";
  if (!stands && !self_contained) return text;
  std::size_t cut = ref.size();
  while (cut < text.size() && (text[cut] == ',' || text[cut] == ' ')) ++cut;
  // "During this, though, he decided": the contrast was with what was dropped.
  for (std::string_view contrast : {"though, ", "however, ", "then, "}) {
    if (std::string_view(text).substr(cut).starts_with(contrast)) cut += contrast.size();
  }
  if (cut >= text.size()) return text;
  return upper_first(text.substr(cut));
}

// Whether position `at` is inside quotation marks (an odd number of '"' before it).
bool quoted_at(const std::string& text, std::size_t at) {
  bool quoted = false;
  for (std::size_t i = 0; i < at; ++i) quoted = quoted != (text[i] == '"');
  return quoted;
}

void replace_all(std::string& text, std::string_view from, std::string_view to) {
  std::size_t at = text.find(from);
  while (at != std::string::npos) {
    const bool word_start = at == 0 || !is_alpha(from.front()) || !is_alpha(text[at - 1]);
    if (word_start && !quoted_at(text, at)) {
      text.replace(at, from.size(), to);
      at = text.find(from, at + to.size());
    } else {
      at = text.find(from, at + 1);
    }
  }
}

// "...shot me dead and order him out": a second verb joined by "and" in the same clause
// takes the past tense too, unless the word after "and" is plainly not a verb.
void past_coordinated_verb(std::string& text, std::size_t from) {
  constexpr std::array<std::string_view, 18> kNotVerbs = {
      "a", "an", "the", "her",  "his",  "my", "me",    "him", "them",
      "I", "he", "she", "they", "then", "so", "their", "its", "our"};
  const std::size_t stop = text.find_first_of(",.;!?\"", from);
  const std::size_t and_at = text.find(" and ", from);
  if (and_at == std::string::npos || (stop != std::string::npos && and_at > stop)) return;
  const std::size_t verb = and_at + 5;
  std::size_t verb_end = verb;
  while (verb_end < text.size() && std::islower(static_cast<unsigned char>(text[verb_end]))) {
    ++verb_end;
  }
  const std::string_view word = std::string_view(text).substr(verb, verb_end - verb);
  if (word.empty() || word.ends_with("ed") || word.ends_with("ing") || word.ends_with("s") ||
      std::find(kNotVerbs.begin(), kNotVerbs.end(), word) != kNotVerbs.end()) {
    return;
  }
  text.replace(verb, word.size(), words::past_tense(word));
}

// ", only for her comrade to shoot me dead" -> ", but then her comrade shot me dead": the
// wiki's ironic infinitive, said as what happened next. The verb after the first "to"
// within a few words takes the past tense; left alone when no such "to" is near.
void untwist_only_for(std::string& text) {
  constexpr std::string_view kOnlyFor = "only for ";
  for (std::size_t at = text.find(kOnlyFor); at != std::string::npos;
       at = text.find(kOnlyFor, at + 1)) {
    if (quoted_at(text, at)) continue;
    const std::size_t agent = at + kOnlyFor.size();
    const std::size_t to = text.find(" to ", agent);
    if (to == std::string::npos || to - agent > 30) continue;
    const std::size_t verb = to + 4;
    std::size_t verb_end = verb;
    while (verb_end < text.size() && std::islower(static_cast<unsigned char>(text[verb_end]))) {
      ++verb_end;
    }
    if (verb_end == verb) continue;
    const std::string past =
        words::past_tense(std::string_view(text).substr(verb, verb_end - verb));
    const std::string agent_text = text.substr(agent, to - agent);
    const bool opens = at == 0 || text[at - 1] == '"';
    const std::string said = (opens ? "Then " : "but then ") + agent_text + " " + past;
    text.replace(at, verb_end - at, said);
    past_coordinated_verb(text, at + said.size());
  }
}

// ";" ends a sentence in chat; the next clause starts with a capital.
void split_semicolons(std::string& text) {
  for (std::size_t at = text.find("; "); at != std::string::npos; at = text.find("; ", at + 1)) {
    if (quoted_at(text, at)) continue;
    text[at] = '.';
    if (at + 2 < text.size()) {
      text[at + 2] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[at + 2])));
    }
  }
}

// ", But" / ", And" where clauses were glued: lower-case after a comma.
void lower_after_commas(std::string& text) {
  constexpr std::array<std::string_view, 4> kGlue = {"But ", "And ", "So ", "Or "};
  for (std::size_t at = text.find(", "); at != std::string::npos; at = text.find(", ", at + 1)) {
    for (std::string_view glue : kGlue) {
      if (text.compare(at + 2, glue.size(), glue) == 0) text[at + 2] = ascii_lower(text[at + 2]);
    }
  }
}

// "I appeared to stop seeing Abe" -> "I stopped seeing Abe": Len does not hedge about his own
// life the way the wiki hedges about his.
void drop_own_hedge(std::string& text) {
  for (std::string_view hedge : {"I appeared to ", "I seemed to ", "I appears to "}) {
    for (std::size_t at = text.find(hedge); at != std::string::npos; at = text.find(hedge, at)) {
      if (quoted_at(text, at)) {
        ++at;
        continue;
      }
      const std::size_t verb = at + hedge.size();
      std::size_t verb_end = verb;
      while (verb_end < text.size() && std::islower(static_cast<unsigned char>(text[verb_end]))) {
        ++verb_end;
      }
      const std::string_view word = std::string_view(text).substr(verb, verb_end - verb);
      if (word.empty() || word == "be" || word == "have") {
        ++at;
        continue;
      }
      const std::string said = "I " + words::past_tense(word);
      text.replace(at, verb_end - at, said);
      past_coordinated_verb(text, at + said.size());
      at += said.size();
    }
  }
}

// "The two walked home together, with me slipping back...": a sentence that says "the two" and
// then "me"/"my" counts Len among them, so he says "we".
// Likewise "Their discussion turned to ..., me figuring out that..." -> "Our discussion".
void the_two_with_me(std::string& text) {
  const std::size_t end = std::min(text.find(". "), text.size());
  const std::string_view sentence = std::string_view(text).substr(0, end);
  const bool len_in_it = sentence.find(" me ") != std::string_view::npos ||
                         sentence.find(" me,") != std::string_view::npos ||
                         sentence.find(" my ") != std::string_view::npos;
  if (!len_in_it) return;
  for (const auto& [from, to] : {std::pair<std::string_view, std::string_view>{"The two ", "We "},
                                 std::pair<std::string_view, std::string_view>{"Their ", "Our "}}) {
    if (text.starts_with(from)) {
      text.replace(0, from.size(), to);
      return;
    }
  }
}

// "Compounding this personality was my inability to..." -> "On top of that, there was my
// inability to...": the wiki's "this" points at a paragraph the fan never saw.
void plain_compounding(std::string& text) {
  constexpr std::string_view kCompounding = "Compounding this ";
  if (!text.starts_with(kCompounding)) return;
  const std::size_t was = text.find(" was ", kCompounding.size());
  if (was > kCompounding.size() + 20) return;  // npos (no " was ") is past it too
  text.replace(0, was + 5, "On top of that, there was ");
}

// Markers that open a closing reason, most specific first; `comma` says the marker only
// counts after a comma (", to show the world": purpose; "wanting to give": not a reason).
struct ReasonMarker {
  std::string_view text;
  bool comma;
};
constexpr std::array<ReasonMarker, 6> kReasonMarkers = {{
    {" because of ", false},
    {" because ", false},
    {" to cope with ", false},
    {" so that ", false},
    {" as a result of ", false},
    {", to ", true},
}};

}  // namespace

std::string reason_first(std::string_view sentence) {
  std::string text(sentence);
  while (!text.empty() && text.back() == ' ') text.pop_back();
  if (text.size() < 2 || text.back() != '.') return text;
  // Only a single sentence: a reason fronted across sentences would break both.
  if (text.find(". ") != std::string::npos || text.find('"') != std::string::npos) return text;
  for (const auto& marker : kReasonMarkers) {
    const std::size_t at = text.rfind(marker.text);
    if (at == std::string::npos || at < 12) continue;
    std::string reason = text.substr(at + (marker.comma ? 2 : 1));
    reason.pop_back();  // the final '.'
    std::string rest = text.substr(0, at);
    while (!rest.empty() && (rest.back() == ',' || rest.back() == ' ')) rest.pop_back();
    if (reason.find(',') != std::string::npos) continue;  // a reason with clauses of its own
    // "I", "Rin", "Camui" keep their capital; any other first word is lowered.
    const std::size_t first_end = rest.find(' ');
    const std::string_view first = std::string_view(rest).substr(0, first_end);
    const bool keep =
        first == "I" || first.starts_with("I'") || words::person_of(first) != words::Person::kNone;
    if (!keep && !rest.empty()) rest[0] = ascii_lower(rest[0]);
    reason[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(reason[0])));
    return reason + ", " + rest + ".";
  }
  return text;
}

bool opens_with_back_reference(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  return !back_reference_at(text).empty();
}

std::string spoken(std::string_view first_person) {
  std::string text = drop_back_reference(std::string(first_person));
  if (text.starts_with("Only for ")) text[0] = 'o';  // untwisted below into "Then ..."
  for (const auto& [from, to] : kPlainer) replace_all(text, from, to);
  untwist_only_for(text);
  drop_own_hedge(text);
  plain_compounding(text);
  the_two_with_me(text);
  split_semicolons(text);
  lower_after_commas(text);
  return upper_first(std::move(text));
}

}  // namespace lenbot
