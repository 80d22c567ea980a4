#include "bot/index/phrasal_verbs.h"

#include <algorithm>

#include "bot/index/analyzer.h"

namespace lenbot {
namespace {

constexpr std::size_t kMaxTargets = 4;  // the commonest senses' words; more are mostly noise

bool is_plain_word(std::string_view word) {
  return !word.empty() &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// The one-word members of `synset` the corpus uses, in WordNet's order, into `targets`.
void add_members(const WordNetSynset& synset, const std::set<std::string>& corpus_words,
                 const std::string& verb, std::vector<std::string>& targets) {
  for (std::string_view member : synset.words) {
    const std::string word(member);
    if (targets.size() >= kMaxTargets || !is_plain_word(word) || is_stop_word(word) ||
        word == verb || !corpus_words.contains(word) ||
        std::find(targets.begin(), targets.end(), word) != targets.end()) {
      continue;
    }
    targets.push_back(word);
  }
}

}  // namespace

std::vector<PhrasalVerb> phrasal_verbs(const WordNetData& wordnet,
                                       const std::set<std::string>& corpus_words) {
  std::vector<PhrasalVerb> out;
  for (std::string_view lemma : wordnet.lemmas(WordNetPos::kVerb)) {
    const std::size_t gap = lemma.find('_');
    if (gap == std::string_view::npos || lemma.find('_', gap + 1) != std::string_view::npos) {
      continue;
    }
    const std::string verb(lemma.substr(0, gap));
    const std::string second(lemma.substr(gap + 1));
    if (!is_plain_word(verb) || !is_plain_word(second) || is_stop_word(verb) ||
        wordnet.senses(verb, WordNetPos::kVerb).empty()) {
      continue;
    }
    const auto senses = wordnet.senses(lemma, WordNetPos::kVerb);
    std::vector<std::string> targets;
    for (std::size_t i = 0; i < senses.size() && i < kPhrasalVerbSenses; ++i) {
      const WordNetSynset synset = wordnet.synset(WordNetPos::kVerb, senses[i]);
      add_members(synset, corpus_words, verb, targets);
      for (const auto& pointer : synset.pointers) {
        if (pointer.symbol == "@" && pointer.pos == WordNetPos::kVerb) {
          add_members(wordnet.synset(WordNetPos::kVerb, pointer.offset), corpus_words, verb,
                      targets);
        }
      }
    }
    if (targets.empty()) continue;
    if (corpus_words.contains(verb)) targets.insert(targets.begin(), verb);
    out.push_back({verb + " " + second, std::move(targets)});
  }
  std::sort(out.begin(), out.end(),
            [](const PhrasalVerb& a, const PhrasalVerb& b) { return a.phrase < b.phrase; });
  return out;
}

}  // namespace lenbot
