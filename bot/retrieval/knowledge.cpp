#include "bot/retrieval/knowledge.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "bot/index/porter_stemmer.h"

namespace lenbot {
namespace {

std::unordered_set<std::string> stems_of(std::string_view words) {
  std::unordered_set<std::string> stems;
  for (const auto& w : tokenize(words)) stems.insert(porter_stem(w));
  return stems;
}

void load_facts(Database& db, Knowledge& k) {
  auto stmt = db.prepare(
      "SELECT id, kind, section, part, revealed, paragraph, text, cites, words FROM facts "
      "ORDER BY id");
  while (stmt.step()) {
    Fact f;
    f.id = static_cast<int>(stmt.column_int(0));
    f.profile = stmt.column_text(1) == "profile";
    f.section = stmt.column_text(2);
    f.part = static_cast<StoryPart>(stmt.column_int(3));
    f.revealed = static_cast<StoryPart>(stmt.column_int(4));
    f.paragraph = static_cast<int>(stmt.column_int(5));
    f.text = stmt.column_text(6);
    f.cites = nlohmann::json::parse(stmt.column_text(7)).get<std::vector<int>>();
    f.terms = stems_of(stmt.column_text(8));
    f.section_terms = stems_of(f.section);
    k.facts.push_back(std::move(f));
  }
}

void load_quotes(Database& db, Knowledge& k) {
  auto stmt = db.prepare("SELECT id, text, speaker, about, section, words FROM quotes ORDER BY id");
  while (stmt.step()) {
    QuoteRecord q;
    q.id = static_cast<int>(stmt.column_int(0));
    q.text = stmt.column_text(1);
    q.speaker = stmt.column_text(2);
    q.about = stmt.column_text(3);
    q.section = stmt.column_text(4);
    q.terms = stems_of(stmt.column_text(5) + " " + q.about + " " + q.section);
    k.quotes.push_back(std::move(q));
  }
}

// The earliest part by which a fact mentioning `stem` is revealed.
StoryPart first_revealed(const Knowledge& k, const std::string& stem) {
  StoryPart best = StoryPart::kPart4;
  for (const auto& f : k.facts) {
    if (f.terms.contains(stem) && static_cast<int>(f.revealed) < static_cast<int>(best)) {
      best = f.revealed;
    }
  }
  return best;
}

void load_lexicon(Database& db, Knowledge& k) {
  auto stmt = db.prepare("SELECT kind, source, target FROM lexicon");
  while (stmt.step()) {
    const std::string kind = stmt.column_text(0);
    const std::string source = stmt.column_text(1);
    const std::string target = stmt.column_text(2);
    if (kind == "slang") {
      k.slang[source] = tokenize(target);
    } else if (kind == "phrase") {
      k.phrases.emplace_back(tokenize(source), tokenize(target));
    } else if (kind == "person") {
      k.people[source] = {target, first_revealed(k, porter_stem(source))};
    } else if (kind == "place") {
      k.places[source] = {target, first_revealed(k, porter_stem(source))};
    } else if (kind == "topic") {
      const std::string stem = porter_stem(source);
      k.topics.emplace_back(stem, NamedThing{target, first_revealed(k, stem)});
    }
  }
}

}  // namespace

Knowledge Knowledge::load(Database& db) {
  Knowledge k;
  load_facts(db, k);
  load_quotes(db, k);
  load_lexicon(db, k);
  auto lemmas = db.prepare("SELECT form, lemma FROM lemmas");
  while (lemmas.step()) k.lemmas.emplace(lemmas.column_text(0), lemmas.column_text(1));
  auto words = db.prepare("SELECT word FROM vocabulary");
  while (words.step()) {
    std::string word = words.column_text(0);
    if (word.size() >= 4) k.spelling_words.push_back(word);
    k.vocabulary.insert(std::move(word));
  }
  auto expansions = db.prepare("SELECT word, target, weight FROM expansions");
  while (expansions.step()) {
    std::string target = expansions.column_text(1);
    std::string term = porter_stem(target);
    k.expansions[expansions.column_text(0)].push_back(
        {std::move(target), std::move(term), expansions.column_double(2)});
  }
  // Inverse document frequency over facts, smoothed so a term in every fact still counts a bit.
  std::unordered_map<std::string, int> df;
  for (const auto& f : k.facts) {
    for (const auto& t : f.terms) ++df[t];
  }
  const double n = static_cast<double>(k.facts.size());
  for (const auto& [term, count] : df) k.idf_[term] = std::log(1.0 + n / count);
  k.unknown_idf_ = std::log(1.0 + n);
  for (const auto& f : k.facts) {
    if (!f.profile) k.paragraph_terms_[f.paragraph].insert(f.terms.begin(), f.terms.end());
  }
  double terms = 0.0;
  for (const auto& f : k.facts) terms += static_cast<double>(f.terms.size());
  if (n > 0) k.average_terms_ = terms / n;
  for (auto& q : k.quotes) {
    for (const auto& f : k.facts) {
      if (f.section == q.section) {
        q.revealed = f.revealed;
        break;
      }
    }
  }
  return k;
}

const Fact* Knowledge::fact(int id) const {
  if (id < 1 || id > static_cast<int>(facts.size())) return nullptr;
  return &facts[static_cast<std::size_t>(id - 1)];
}

const Fact* Knowledge::neighbour(int id, int step) const {
  const Fact* self = fact(id);
  const Fact* other = fact(id + step);
  if (self == nullptr || other == nullptr || other->paragraph != self->paragraph ||
      other->profile != self->profile) {
    return nullptr;
  }
  return other;
}

const std::unordered_set<std::string>& Knowledge::paragraph_terms(const Fact& fact) const {
  if (fact.profile) return fact.terms;
  return paragraph_terms_.at(fact.paragraph);
}

double Knowledge::idf(const std::string& term) const {
  const auto it = idf_.find(term);
  return it == idf_.end() ? 0.0 : it->second;
}

}  // namespace lenbot
