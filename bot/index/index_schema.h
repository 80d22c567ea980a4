#pragma once
// The search index's SQLite schema. Everything in it is derived from the corpus, the lexicon
// and WordNet, so it can always be rebuilt; state that must survive lives elsewhere.
#include <string_view>

namespace lenbot {

// Bump when the schema or what the indexer writes changes (including the analyzer's stop
// words and base forms): a different version rebuilds every existing index.
inline constexpr int kIndexVersion = 10;

inline constexpr std::string_view kIndexSchema = R"sql(
-- meta: sources_hash, index_version, english_words (WordNet's words, for spelling checks),
--   modifier_words (WordNet's adjective- and adverb-only words).
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- Facts: cited segments, uncited text and infobox lines. kind is 'segment' or 'profile'.
CREATE TABLE facts(
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  section TEXT NOT NULL,
  part INTEGER NOT NULL,
  revealed INTEGER NOT NULL,
  paragraph INTEGER NOT NULL,
  text TEXT NOT NULL,
  cites TEXT NOT NULL,          -- JSON array of citation numbers
  words TEXT NOT NULL           -- base forms of the text's words, space separated
);
CREATE VIRTUAL TABLE facts_fts USING fts5(
  words, context, section, content='', tokenize='porter unicode61 remove_diacritics 2');
-- Coreference (bot/index/coreference.h): the people each fact is about, by name or by
-- reference (named = 0: only through "he", "the dog", "the two"...), and every mention's span
-- in the fact's text (persons: canonical person words, space separated; two for "the two").
CREATE TABLE fact_persons(
  fact_id INTEGER NOT NULL, person TEXT NOT NULL, named INTEGER NOT NULL,
  PRIMARY KEY(fact_id, person)) WITHOUT ROWID;
CREATE TABLE mentions(
  fact_id INTEGER NOT NULL, start INTEGER NOT NULL, length INTEGER NOT NULL,
  surface TEXT NOT NULL, kind TEXT NOT NULL, persons TEXT NOT NULL, possessive INTEGER NOT NULL);
CREATE TABLE persons(person TEXT PRIMARY KEY, gender TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE quotes(
  id INTEGER PRIMARY KEY, text TEXT NOT NULL, speaker TEXT NOT NULL, about TEXT NOT NULL,
  section TEXT NOT NULL, words TEXT NOT NULL);
CREATE VIRTUAL TABLE quotes_fts USING fts5(
  words, about, section, content='', tokenize='porter unicode61 remove_diacritics 2');
CREATE TABLE profile(key TEXT NOT NULL, value TEXT NOT NULL);
CREATE TABLE captions(text TEXT NOT NULL);
-- Query-time lookups, computed once here so no query calls WordNet.
CREATE TABLE lemmas(form TEXT PRIMARY KEY, lemma TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE vocabulary(word TEXT PRIMARY KEY) WITHOUT ROWID;   -- base forms the corpus uses
-- relation: a WordNet relation ("synonym", "hyponym", ...) or "lexicon synonym"/"lexicon alias".
CREATE TABLE expansions(
  word TEXT NOT NULL, target TEXT NOT NULL, weight REAL NOT NULL, relation TEXT NOT NULL);
CREATE INDEX expansions_word ON expansions(word);
CREATE TABLE lexicon(kind TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL);
-- WordNet's two-word verbs read as corpus words (bot/index/phrasal_verbs.h): targets space
-- separated.
CREATE TABLE phrasal_verbs(phrase TEXT PRIMARY KEY, targets TEXT NOT NULL) WITHOUT ROWID;
)sql";

}  // namespace lenbot
