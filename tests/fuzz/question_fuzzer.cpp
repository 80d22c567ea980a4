// A fan's message through question analysis and into FTS5, over the index built from the
// repo's corpus: analyse_question never throws, and neither does FTS5 for any word list, be it
// the analysed words or raw lines of the input (build_match_expression must make every byte
// sequence plain words, never MATCH syntax or an SQL error).
#include <algorithm>
#include <memory>

#include "bot/index/indexer.h"
#include "bot/retrieval/fts_matcher.h"
#include "bot/retrieval/fts_query.h"
#include "bot/retrieval/knowledge.h"
#include "bot/retrieval/question.h"
#include "tests/fuzz/fuzz_input.h"

namespace {

using lenbot::fuzz::expect;

constexpr int kLimit = 50;  // the retriever's candidate limit is of this order
constexpr std::size_t kMaxRawWords = 16;

// Declared in build order, destroyed in reverse: connections close before the files go.
struct Index {
  lenbot::TempDir dir{"fuzz_question"};
  std::string path = dir.file("index.db");
  std::unique_ptr<const lenbot::Knowledge> knowledge;
  std::unique_ptr<lenbot::FtsMatcher> matcher;

  Index() {
    lenbot::build_index({LENBOT_SOURCE_DIR "/corpus/kagamine_len_article.txt",
                         LENBOT_SOURCE_DIR "/corpus/lexicon.tsv", ""},
                        path);
    lenbot::Database db(path, lenbot::Database::Mode::kReadOnly);
    knowledge = std::make_unique<const lenbot::Knowledge>(lenbot::Knowledge::load(db));
    matcher = std::make_unique<lenbot::FtsMatcher>(path);
  }
};

Index& index() {
  static Index instance;
  return instance;
}

void match(const std::vector<std::string>& words) {
  const std::string expression = lenbot::build_match_expression(words);
  const bool any_word =
      std::any_of(words.begin(), words.end(), [](const std::string& w) { return !w.empty(); });
  expect(expression.empty() != any_word, "the expression is empty exactly when no word is");
  // Throws StorageError on an SQL or FTS5 syntax error: libFuzzer reports it as a crash.
  index().matcher->match_facts(words, kLimit);
  index().matcher->match_quotes(words, kLimit);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  index();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = lenbot::fuzz::as_text(data, size);
  const lenbot::Question question = lenbot::analyse_question(text, *index().knowledge);
  expect(question.words.size() <= lenbot::kMaxQuestionWords, "at most kMaxQuestionWords words");
  std::vector<std::string> words;
  for (const lenbot::TermGroup& group : question.groups) {
    for (const lenbot::QueryTerm& term : group.terms) words.push_back(term.word);
  }
  match(words);

  std::vector<std::string> raw;
  for (std::string_view rest = text; !rest.empty() && raw.size() < kMaxRawWords;) {
    raw.emplace_back(lenbot::fuzz::take_field(rest));
  }
  match(raw);
  return 0;
}
