#include "bot/retrieval/fts_matcher.h"

#include "bot/retrieval/fts_query.h"

namespace lenbot {

FtsMatcher::Session::Session(const std::string& path)
    : db(path, Database::Mode::kReadOnly),
      // Candidates only: the ranker scores them in memory. FTS5's bm25() with ORDER BY rank
      // cost ~225 us a question here (it scores every match for every OR'ed phrase), more
      // than the whole rest of an answer.
      facts(db.prepare("SELECT rowid, 0.0 FROM facts_fts WHERE facts_fts MATCH ?1 LIMIT ?2")),
      quotes(db.prepare("SELECT rowid, bm25(quotes_fts, 1.0, 0.8, 0.6) FROM quotes_fts "
                        "WHERE quotes_fts MATCH ?1 ORDER BY rank LIMIT ?2")) {}

std::vector<FtsHit> FtsMatcher::run(Statement& stmt, const std::vector<std::string>& words,
                                    int limit) {
  const std::string expression = build_match_expression(words);
  std::vector<FtsHit> hits;
  if (expression.empty()) return hits;
  stmt.reset();  // a statement left mid-step by an earlier error starts clean
  stmt.bind(1, expression).bind(2, limit);
  while (stmt.step()) {
    hits.push_back({static_cast<int>(stmt.column_int(0)), stmt.column_double(1)});
  }
  stmt.reset();
  return hits;
}

std::vector<FtsHit> FtsMatcher::match_facts(const std::vector<std::string>& words, int limit) {
  auto session = pool_.acquire();
  return run(session->facts, words, limit);
}

std::vector<FtsHit> FtsMatcher::match_quotes(const std::vector<std::string>& words, int limit) {
  auto session = pool_.acquire();
  return run(session->quotes, words, limit);
}

}  // namespace lenbot
