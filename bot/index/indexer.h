#pragma once
// Builds the search index (SQLite + FTS5) from the corpus, the hand lexicon and WordNet, and
// keeps it current: the index records a hash of its sources and is rebuilt when they change,
// when it is missing, or when it cannot be read.
#include <string>

namespace lenbot {

struct IndexSources {
  std::string corpus_path;
  std::string lexicon_path;
  std::string wordnet_dir;  // empty: $WNSEARCHDIR or /usr/share/wordnet
};

struct IndexReport {
  bool rebuilt = false;
  std::string reason;  // why it was (re)built: "missing", "sources changed", "unreadable", "forced"
  double build_ms = 0.0;
  int facts = 0;
  int quotes = 0;
  int expansions = 0;
};

// Builds a fresh index at `db_path`, replacing any file there only once the new one is
// complete (written beside it, then renamed). Throws IngestError, LexiconError, WordNetError or
// StorageError.
IndexReport build_index(const IndexSources& sources, const std::string& db_path);

// Opens the index at `db_path` and rebuilds it when it is missing, unreadable or built from
// other sources; otherwise leaves it alone (rebuilt == false).
IndexReport ensure_index(const IndexSources& sources, const std::string& db_path);

// The hash the index records for these sources (SHA-256 of the files and kIndexVersion).
std::string sources_hash(const IndexSources& sources);

}  // namespace lenbot
