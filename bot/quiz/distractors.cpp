#include "bot/quiz/distractors.h"

#include <algorithm>
#include <sstream>

#include "bot/quiz/answer_text.h"
#include "bot/quiz/wordnet_classes.h"
#include "bot/text/stable_hash.h"

namespace lenbot {
namespace {

bool shares_word(std::string_view a, std::string_view b) {
  std::istringstream words(normalize_answer(a));
  std::string word;
  while (words >> word) {
    if (mentions(b, word)) return true;
  }
  return false;
}

bool acceptable(const CatalogEntry& candidate, const DistractorRequest& request,
                const EntityCatalog& catalog, const AliasTable& aliases) {
  if (aliases.same_entity(candidate.text, request.answer)) return false;
  // A man offered for "her ___" (or a woman for "his") reads wrong and gives the answer away.
  if (request.is_name && request.type == AnswerType::kPerson) {
    const Gender blank = catalog.gender(request.answer);
    const Gender other = catalog.gender(candidate.text);
    if (blank != Gender::kUnknown && other != Gender::kUnknown && blank != other) return false;
  }
  if (shares_word(candidate.text, request.answer)) return false;
  for (const auto& name : aliases.names_of(candidate.text)) {
    if (mentions(request.question_text, name)) return false;
    if (shares_word(name, request.answer)) return false;
  }
  return true;
}

}  // namespace

std::vector<std::string> pick_distractors(const DistractorRequest& request,
                                          const EntityCatalog& catalog, const AliasTable& aliases,
                                          std::size_t count) {
  const bool plural = !request.is_name && is_plural_noun(request.answer);
  std::vector<std::pair<std::uint64_t, const CatalogEntry*>> ranked;
  for (const auto& candidate : catalog.pool(request.type, request.is_name)) {
    if (!acceptable(candidate, request, catalog, aliases)) continue;
    // Same grammatical number first, then an order fixed by the question id.
    const std::uint64_t number_penalty = candidate.plural == plural ? 0 : 1;
    const auto key = stable_hash(std::string(request.seed) + "|" + candidate.text);
    ranked.push_back({(number_penalty << 63) | (key >> 1), &candidate});
  }
  std::sort(ranked.begin(), ranked.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  for (const auto& entry : ranked) {
    if (out.size() == count) break;
    // Not a structured binding: clang 14 (the fuzz build) cannot capture those in a lambda.
    const std::string& text = entry.second->text;
    const bool overlaps = std::any_of(out.begin(), out.end(), [&](const std::string& chosen) {
      return shares_word(chosen, text);
    });
    if (!overlaps) out.push_back(text);
  }
  return out;
}

}  // namespace lenbot
