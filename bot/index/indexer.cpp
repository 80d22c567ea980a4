#include "bot/index/indexer.h"

#include <openssl/evp.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <unordered_map>

#include "bot/index/analyzer.h"
#include "bot/index/coreference.h"
#include "bot/index/index_schema.h"
#include "bot/index/lexicon.h"
#include "bot/index/phrasal_verbs.h"
#include "bot/index/word_forms.h"
#include "bot/index/wordnet_lexicon.h"
#include "bot/ingest/article_parser.h"
#include "bot/storage/database.h"

namespace lenbot {
namespace {

constexpr double kLexiconSynonymWeight = 0.85;  // reviewed by hand, so above most of WordNet
constexpr double kAliasWeight = 1.0;            // another name for the same thing
constexpr std::size_t kMinSpellingLength = 5;   // shorter words are never spell-corrected

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IngestError("cannot read " + path);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Reduces the corpus's words to base forms: WordNet's irregular forms first, then the first
// regular base form WordNet knows, else the word itself.
class BaseForms {
 public:
  // One lemma per irregular form, the first in the order verb, noun, adjective, adverb
  // ("better" -> "good", not "well"); queries read the same table, so both sides agree.
  explicit BaseForms(const WordNetData& wordnet) : wordnet_(wordnet) {
    for (WordNetPos pos :
         {WordNetPos::kVerb, WordNetPos::kNoun, WordNetPos::kAdj, WordNetPos::kAdv}) {
      for (const auto& [form, lemma] : wordnet.exceptions(pos)) {
        irregular_.emplace(std::string(form), std::string(lemma));
      }
    }
  }

  const std::unordered_map<std::string, std::string>& irregular() const { return irregular_; }

  std::string operator()(const std::string& word) {
    if (auto it = cache_.find(word); it != cache_.end()) return it->second;
    std::string base = word;
    if (auto it = irregular_.find(word); it != irregular_.end()) {
      base = it->second;
    } else if (!(word.ends_with("er") && is_noun(word))) {
      // "lover", "producer", "singer" are nouns in their own right, not "love" + -er.
      const auto candidates = candidate_base_forms(word);
      for (std::size_t i = 1; i < candidates.size(); ++i) {
        if (known(candidates[i])) {
          base = candidates[i];
          break;
        }
      }
    }
    cache_.emplace(word, base);
    return base;
  }

 private:
  bool is_noun(const std::string& word) const {
    return !wordnet_.senses(word, WordNetPos::kNoun).empty();
  }

  bool known(const std::string& word) const {
    for (WordNetPos pos : kAllWordNetPos) {
      if (!wordnet_.senses(word, pos).empty()) return true;
    }
    return false;
  }

  const WordNetData& wordnet_;
  std::unordered_map<std::string, std::string> irregular_;
  std::unordered_map<std::string, std::string> cache_;
};

// Base forms of the content words of `text`, space separated; also adds them to `vocabulary`.
std::string content_words(std::string_view text, BaseForms& base,
                          std::set<std::string>& vocabulary) {
  std::string out;
  for (const auto& word : tokenize(text)) {
    if (is_stop_word(word)) continue;
    const std::string form = base(word);
    vocabulary.insert(word);
    vocabulary.insert(form);
    if (!out.empty()) out += ' ';
    out += form;
  }
  return out;
}

std::string sha256_hex(std::string_view data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(data.data(), data.size(), digest, &length, EVP_sha256(), nullptr);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  for (unsigned int i = 0; i < length; ++i) {
    hex += kHex[digest[i] >> 4];
    hex += kHex[digest[i] & 0x0F];
  }
  return hex;
}

void write_facts(Database& db, const Article& article, BaseForms& base,
                 std::set<std::string>& vocabulary, IndexReport& report) {
  auto insert = db.prepare(
      "INSERT INTO facts(id, kind, section, part, revealed, paragraph, text, cites, words) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
  auto insert_fts =
      db.prepare("INSERT INTO facts_fts(rowid, words, context, section) VALUES (?1, ?2, ?3, ?4)");
  const auto& segments = article.segments;
  std::vector<std::string> words;
  for (const auto& s : segments) words.push_back(content_words(s.text, base, vocabulary));
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const auto& s = segments[i];
    // Neighbours in the same paragraph: where an answer spans a clause and the next sentence.
    std::string context;
    if (i > 0 && segments[i - 1].paragraph == s.paragraph) context = words[i - 1];
    if (i + 1 < segments.size() && segments[i + 1].paragraph == s.paragraph) {
      context += (context.empty() ? "" : " ") + words[i + 1];
    }
    insert.bind(1, s.id)
        .bind(2, "segment")
        .bind(3, s.section)
        .bind(4, static_cast<int>(s.part))
        .bind(5, static_cast<int>(s.revealed))
        .bind(6, s.paragraph)
        .bind(7, s.text)
        .bind(8, nlohmann::json(s.cites).dump())
        .bind(9, words[i]);
    insert.run();
    insert_fts.bind(1, s.id).bind(2, words[i]).bind(3, context).bind(4, s.section);
    insert_fts.run();
  }
  // Infobox lines are facts too, uncited, under the section "Profile".
  int id = static_cast<int>(segments.size());
  for (const auto& fact : article.profile) {
    ++id;
    const std::string text = fact.key + ": " + fact.value;
    const std::string fact_words = content_words(text, base, vocabulary);
    insert.bind(1, id)
        .bind(2, "profile")
        .bind(3, "Profile")
        .bind(4, 0)
        .bind(5, 0)
        .bind(6, -1)
        .bind(7, text)
        .bind(8, "[]")
        .bind(9, fact_words);
    insert.run();
    insert_fts.bind(1, id).bind(2, fact_words).bind(3, "").bind(4, "Profile");
    insert_fts.run();
  }
  report.facts = id;
  auto insert_profile = db.prepare("INSERT INTO profile(key, value) VALUES (?1, ?2)");
  for (const auto& fact : article.profile)
    insert_profile.bind(1, fact.key).bind(2, fact.value).run();
  auto insert_caption = db.prepare("INSERT INTO captions(text) VALUES (?1)");
  for (const auto& caption : article.captions) insert_caption.bind(1, caption).run();
}

// Whether a word of the article reads as a noun: its base form's noun senses are tagged more
// often than its senses of any other part of speech, or as often and are more ("hands",
// "data", "dog"; not "having", "dead").
NounTest noun_test(const WordNetData& wordnet, BaseForms& base) {
  return [&wordnet, &base](std::string_view word) {
    if (is_stop_word(word)) return false;
    const std::string lemma = base(std::string(word));
    const WordNetIndexEntry noun = wordnet.entry(lemma, WordNetPos::kNoun);
    if (noun.synsets.empty()) return false;
    for (WordNetPos pos : {WordNetPos::kVerb, WordNetPos::kAdj, WordNetPos::kAdv}) {
      const WordNetIndexEntry other = wordnet.entry(lemma, pos);
      if (other.synsets.empty()) continue;
      if (other.tagged_senses > noun.tagged_senses ||
          (other.tagged_senses == noun.tagged_senses &&
           other.synsets.size() >= noun.synsets.size())) {
        return false;
      }
    }
    return true;
  };
}

// Who each fact is about and where each mention of a person is (bot/index/coreference.h).
// Infobox lines are about the article's protagonist.
void write_coreference(Database& db, const Article& article, const Lexicon& lexicon,
                       const NounTest& is_noun) {
  const PersonCatalog catalog = build_person_catalog(article, lexicon, is_noun);
  auto insert_person = db.prepare("INSERT INTO persons(person, gender) VALUES (?1, ?2)");
  for (const auto& [person, gender] : catalog.genders) {
    insert_person.bind(1, person).bind(2, gender_name(gender)).run();
  }
  auto insert_fact_person =
      db.prepare("INSERT INTO fact_persons(fact_id, person, named) VALUES (?1, ?2, ?3)");
  auto insert_mention = db.prepare(
      "INSERT INTO mentions(fact_id, start, length, surface, kind, persons, possessive) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  const auto resolved = resolve_coreference(article.segments, catalog, is_noun);
  for (std::size_t i = 0; i < resolved.size(); ++i) {
    const int id = article.segments[i].id;
    std::set<std::string> named;
    for (const auto& m : resolved[i].mentions) {
      std::string persons;
      for (const auto& p : m.persons) persons += (persons.empty() ? "" : " ") + p;
      if (m.kind == MentionKind::kName) named.insert(m.persons.begin(), m.persons.end());
      insert_mention.bind(1, id)
          .bind(2, m.start)
          .bind(3, m.length)
          .bind(4, m.surface)
          .bind(5, mention_kind_name(m.kind))
          .bind(6, persons)
          .bind(7, m.possessive ? 1 : 0)
          .run();
    }
    for (const auto& p : resolved[i].persons) {
      insert_fact_person.bind(1, id).bind(2, p).bind(3, named.contains(p) ? 1 : 0).run();
    }
  }
  if (catalog.protagonist.empty()) return;
  for (std::size_t i = 0; i < article.profile.size(); ++i) {
    const int id = static_cast<int>(article.segments.size() + i + 1);
    insert_fact_person.bind(1, id).bind(2, catalog.protagonist).bind(3, 0).run();
  }
}

void write_quotes(Database& db, const Article& article, BaseForms& base,
                  std::set<std::string>& vocabulary, IndexReport& report) {
  auto insert = db.prepare(
      "INSERT INTO quotes(id, text, speaker, about, section, words) VALUES (?1,?2,?3,?4,?5,?6)");
  auto insert_fts =
      db.prepare("INSERT INTO quotes_fts(rowid, words, about, section) VALUES (?1, ?2, ?3, ?4)");
  int id = 0;
  for (const auto& q : article.quotes) {
    ++id;
    const std::string words = content_words(q.text, base, vocabulary);
    const std::string about = content_words(q.about, base, vocabulary);
    insert.bind(1, id)
        .bind(2, q.text)
        .bind(3, q.speaker)
        .bind(4, q.about)
        .bind(5, q.section)
        .bind(6, words);
    insert.run();
    insert_fts.bind(1, id).bind(2, words).bind(3, about).bind(4, q.section);
    insert_fts.run();
  }
  report.quotes = id;
}

void write_lookups(Database& db, const Lexicon& lexicon, const BaseForms& base,
                   const WordNetTables& tables, const std::set<std::string>& vocabulary,
                   IndexReport& report) {
  // The indexer's own choice of lemma per form (tables.lemmas lists every lemma of a form).
  auto insert_lemma = db.prepare("INSERT INTO lemmas(form, lemma) VALUES (?1, ?2)");
  for (const auto& [form, lemma] : base.irregular())
    insert_lemma.bind(1, form).bind(2, lemma).run();
  auto insert_word = db.prepare("INSERT OR IGNORE INTO vocabulary(word) VALUES (?1)");
  for (const auto& word : vocabulary) insert_word.bind(1, word).run();

  auto insert_expansion =
      db.prepare("INSERT INTO expansions(word, target, weight, relation) VALUES (?1, ?2, ?3, ?4)");
  for (const auto& row : tables.synonyms) {
    insert_expansion.bind(1, row.word)
        .bind(2, row.target)
        .bind(3, row.weight)
        .bind(4, row.relation)
        .run();
    ++report.expansions;
  }
  auto insert_lexicon = db.prepare("INSERT INTO lexicon(kind, source, target) VALUES (?1, ?2, ?3)");
  for (const auto& e : lexicon.entries) {
    insert_lexicon.bind(1, e.kind).bind(2, e.from).bind(3, e.to).run();
    if (e.kind != "synonym" && e.kind != "alias") continue;
    // One row per target word: "tryna" style multi-word targets are slang, not expansions.
    for (const auto& target : tokenize(e.to)) {
      insert_expansion.bind(1, e.from)
          .bind(2, target)
          .bind(3, e.kind == "alias" ? kAliasWeight : kLexiconSynonymWeight)
          .bind(4, "lexicon " + e.kind)
          .run();
      ++report.expansions;
    }
  }
}

std::string joined_lines(const std::set<std::string_view>& words) {
  std::string joined;
  for (std::string_view word : words) {
    joined += word;
    joined += '\n';
  }
  return joined;
}

// WordNet's single-word lemmas of kMinSpellingLength letters or more, newline separated: the
// query side only corrects the spelling of a word that is not English ("blossum"), never of
// one that is ("president" is no typo of "present").
std::string english_words(const WordNetData& wordnet) {
  std::set<std::string_view> words;
  for (WordNetPos pos : kAllWordNetPos) {
    for (std::string_view lemma : wordnet.lemmas(pos)) {
      if (lemma.size() >= kMinSpellingLength &&
          std::all_of(lemma.begin(), lemma.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
        words.insert(lemma);
      }
    }
  }
  return joined_lines(words);
}

// WordNet's lemmas that are only adjectives or adverbs ("actually", "online"), newline
// separated: a fan's modifier the article never uses says how, not what, so the query side
// does not count it as a topic the article lacks.
std::string modifier_words(const WordNetData& wordnet) {
  std::set<std::string_view> words;
  for (WordNetPos pos : {WordNetPos::kAdj, WordNetPos::kAdv}) {
    for (std::string_view lemma : wordnet.lemmas(pos)) {
      if (std::all_of(lemma.begin(), lemma.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
          wordnet.entry(lemma, WordNetPos::kNoun).synsets.empty() &&
          wordnet.entry(lemma, WordNetPos::kVerb).synsets.empty()) {
        words.insert(lemma);
      }
    }
  }
  return joined_lines(words);
}

void write_index(Database& db, const Article& article, const Lexicon& lexicon,
                 const WordNetData& wordnet, const std::string& hash, IndexReport& report) {
  Transaction tx(db);
  db.exec(kIndexSchema);
  BaseForms base(wordnet);
  std::set<std::string> vocabulary;
  write_facts(db, article, base, vocabulary, report);
  write_quotes(db, article, base, vocabulary, report);
  write_coreference(db, article, lexicon, noun_test(wordnet, base));
  // Fan words map onto the corpus's own base forms and the lexicon's targets.
  std::set<std::string> corpus_terms = vocabulary;
  for (const auto& e : lexicon.entries) {
    if (e.kind == "synonym" || e.kind == "alias") {
      for (const auto& w : tokenize(e.to)) corpus_terms.insert(w);
    }
  }
  const WordNetTables tables = build_wordnet_tables(wordnet, corpus_terms);
  write_lookups(db, lexicon, base, tables, vocabulary, report);
  auto insert_phrasal = db.prepare("INSERT INTO phrasal_verbs(phrase, targets) VALUES (?1, ?2)");
  for (const auto& verb : phrasal_verbs(wordnet, vocabulary)) {
    std::string targets;
    for (const auto& t : verb.targets) targets += (targets.empty() ? "" : " ") + t;
    insert_phrasal.bind(1, verb.phrase).bind(2, targets).run();
  }
  auto meta = db.prepare("INSERT INTO meta(key, value) VALUES (?1, ?2)");
  meta.bind(1, "english_words").bind(2, english_words(wordnet)).run();
  meta.bind(1, "modifier_words").bind(2, modifier_words(wordnet)).run();
  meta.bind(1, "sources_hash").bind(2, hash).run();
  meta.bind(1, "index_version").bind(2, std::to_string(kIndexVersion)).run();
  tx.commit();
}

std::string_view reason_to_rebuild(const std::string& db_path, const std::string& hash) {
  if (!std::filesystem::exists(db_path)) return "missing";
  try {
    Database db(db_path, Database::Mode::kReadOnly);
    db.check_integrity();  // a damaged page anywhere, not only in the tables read below
    auto stmt = db.prepare("SELECT value FROM meta WHERE key = 'sources_hash'");
    if (!stmt.step()) return "unreadable";
    if (stmt.column_text(0) != hash) return "sources changed";
    auto check = db.prepare("SELECT count(*) FROM facts");
    if (!check.step() || check.column_int(0) == 0) return "unreadable";
  } catch (const StorageError&) {
    return "unreadable";
  }
  return "";
}

}  // namespace

std::string sources_hash(const IndexSources& sources) {
  std::string material = read_file(sources.corpus_path);
  material += '\0';
  material += read_file(sources.lexicon_path);
  material += '\0';
  material += std::to_string(kIndexVersion);
  return sha256_hex(material);
}

IndexReport build_index(const IndexSources& sources, const std::string& db_path) {
  const auto start = std::chrono::steady_clock::now();
  const std::string hash = sources_hash(sources);
  const Article article = load_article(sources.corpus_path);
  const Lexicon lexicon = load_lexicon(sources.lexicon_path);
  const WordNetData wordnet(sources.wordnet_dir.empty() ? default_wordnet_dir()
                                                        : sources.wordnet_dir);
  const std::filesystem::path target(db_path);
  if (target.has_parent_path()) std::filesystem::create_directories(target.parent_path());
  const std::string building = db_path + ".building";
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(building + suffix);

  IndexReport report;
  report.rebuilt = true;
  report.reason = "forced";
  {
    Database db(building);
    // A half-written file is never used (it is renamed into place only when complete), so
    // the build can skip the journal and fsyncs.
    db.exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;");
    write_index(db, article, lexicon, wordnet, hash, report);
  }
  for (const char* suffix : {"-wal", "-shm"}) std::filesystem::remove(db_path + suffix);
  std::filesystem::rename(building, db_path);
  report.build_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return report;
}

IndexReport ensure_index(const IndexSources& sources, const std::string& db_path) {
  const std::string_view reason = reason_to_rebuild(db_path, sources_hash(sources));
  if (reason.empty()) return {};
  IndexReport report = build_index(sources, db_path);
  report.reason = std::string(reason);
  return report;
}

}  // namespace lenbot
