#include "bot/index/analyzer.h"

#include "bot/index/porter_stemmer.h"

namespace lenbot {

const std::string& base_form(const LemmaMap& lemmas, const std::string& word) {
  const auto it = lemmas.find(word);
  return it == lemmas.end() ? word : it->second;
}

std::string term_of(const LemmaMap& lemmas, const std::string& word) {
  return porter_stem(base_form(lemmas, word));
}

}  // namespace lenbot
