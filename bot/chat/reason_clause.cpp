#include "bot/chat/reason_clause.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "bot/persona/person_rewrite.h"
#include "bot/persona/reply_shaping.h"

namespace lenbot {
namespace {

// Words that open a clause giving the cause; the clause is said as it stands.
constexpr std::array<std::string_view, 12> kCauseOpeners = {
    "because", "since",      "due to",      "as a result", "in order to", "so that",
    "to cope", "as a means", "as a trophy", "to forget",   "wishing to",  "to take his mind"};

// Words saying what moved someone: the clause is the reason behind the rest of the sentence.
// Purpose counts too: "he raced to save her".
constexpr std::array<std::string_view, 22> kMotives = {
    "startled", "scared",     "frightened", "afraid",    "terrified", "horrified",
    "angry",    "jealous",    "worried",    "desperate", "believing", "wanting",
    "hoping",   "realizing",  "realising",  "fearing",   "upset",     "ashamed",
    "to save",  "to protect", "to stop",    "to cope"};

std::string lowered(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool has_word(const std::string& lower, std::string_view word) {
  for (auto at = lower.find(word); at != std::string::npos; at = lower.find(word, at + 1)) {
    const auto end = at + word.size();
    const bool starts = at == 0 || std::isalpha(static_cast<unsigned char>(lower[at - 1])) == 0;
    const bool ends =
        end == lower.size() || std::isalpha(static_cast<unsigned char>(lower[end])) == 0;
    if (starts && ends) return true;
  }
  return false;
}

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t.;:,!?");
  if (last == std::string_view::npos || last < first) return {};
  return std::string(text.substr(first, last - first + 1));
}

// The sentence's clauses: split at , ; : and at " and " (outside quotation marks).
std::vector<std::string> clauses_of(std::string_view sentence) {
  std::vector<std::string> out;
  std::string current;
  bool quoted = false;
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    const char c = sentence[i];
    if (c == '"') quoted = !quoted;
    const bool punct = !quoted && (c == ',' || c == ';' || c == ':');
    const bool conj = !quoted && sentence.substr(i).starts_with(" and ");
    if (punct || conj) {
      if (auto t = trimmed(current); !t.empty()) out.push_back(std::move(t));
      current.clear();
      if (conj) i += 4;  // past " and" (the loop steps over the space after it)
      continue;
    }
    current += c;
  }
  if (auto t = trimmed(current); !t.empty()) out.push_back(std::move(t));
  return out;
}

bool opens_with_cause(const std::string& lower) {
  return std::any_of(kCauseOpeners.begin(), kCauseOpeners.end(),
                     [&](std::string_view w) { return lower.starts_with(w); });
}

// What someone felt in their own quoted words is not why the sentence's action happened.
std::string unquoted(const std::string& text) {
  std::string out;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (!quoted && c != '"') out += c;
  }
  return out;
}

bool names_motive(const std::string& lower) {
  const std::string said = unquoted(lower);
  return std::any_of(kMotives.begin(), kMotives.end(),
                     [&](std::string_view w) { return has_word(said, w); });
}

}  // namespace

std::optional<std::string> reason_clause(std::string_view sentence) {
  const auto clauses = clauses_of(sentence);
  if (clauses.size() < 2) return std::nullopt;
  for (const auto& clause : clauses) {
    const std::string lower = lowered(clause);
    if (opens_with_cause(lower)) return clause;
  }
  for (const auto& clause : clauses) {
    if (names_motive(lowered(clause))) return clause;
  }
  return std::nullopt;
}

std::string reason_reply(std::string_view clause) {
  std::string said = to_first_person(clause);
  if (opens_with_cause(lowered(said))) return finish_sentence(said);
  // to_first_person capitalised the first letter; after "'Cause" only I and names stay so.
  // A name keeps its capital: "Camui's red eyes" is Camui's.
  const std::string first = said.substr(0, said.find(' '));
  if (first.ends_with("'s")) return finish_sentence("'Cause " + said);
  return finish_sentence("'Cause " + lower_first_word(said, {}));
}

}  // namespace lenbot
