#include "bot/chat/fact_text.h"

#include <cctype>

#include "bot/persona/person_rewrite.h"
#include "bot/persona/reply_shaping.h"
#include "bot/retrieval/clauses.h"

namespace lenbot {
namespace {

constexpr int kMaxJoined = 2;  // clauses joined on each side, so an answer stays short

// "Hair Color: Blonde" -> "My hair color is Blonde."
std::string profile_sentence(const std::string& text) {
  const auto colon = text.find(": ");
  if (colon == std::string::npos) return finish_sentence(text);
  std::string key = text.substr(0, colon);
  for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string value = text.substr(colon + 2);
  while (!value.empty() && value.back() == '.') value.pop_back();
  return "My " + key + " is " + value + ".";
}

}  // namespace

FactSpan fact_span(const Knowledge& k, const Fact& fact) {
  FactSpan span;
  if (fact.profile) {
    span.parts = {&fact};
    span.first_person = profile_sentence(fact.text);
    return span;
  }
  span.parts = {&fact};
  for (int i = 0; i < kMaxJoined; ++i) {
    const Fact* before = clause_before(k, *span.parts.front());
    if (before == nullptr) break;
    span.parts.insert(span.parts.begin(), before);
  }
  for (int i = 0; i < kMaxJoined; ++i) {
    const Fact* after = clause_after(k, *span.parts.back());
    if (after == nullptr) break;
    span.parts.push_back(after);
  }
  std::string text;
  for (const Fact* part : span.parts) text += (text.empty() ? "" : " ") + part->text;
  span.first_person = finish_sentence(to_first_person(text));
  return span;
}

}  // namespace lenbot
