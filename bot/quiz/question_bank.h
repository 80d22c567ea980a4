#pragma once
// The quiz's question bank: every question generated from the article's plot (see
// question_generator.h), looked up by id. Build it once at start-up, single-threaded (WordNet);
// afterwards it is immutable and safe to share between threads.
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "bot/ingest/article.h"
#include "bot/quiz/aliases.h"
#include "bot/quiz/quiz_question.h"

namespace lenbot {

class QuestionBank {
 public:
  // Deterministic: the same article and aliases give the same questions in the same order.
  static QuestionBank build(const Article& article, AliasTable aliases);
  // Loads the article and alias files, then builds; throws IngestError or AliasError.
  static QuestionBank load(const std::string& article_path, const std::string& aliases_path);

  const std::vector<QuizQuestion>& questions() const { return questions_; }
  // nullptr when no question has that id.
  const QuizQuestion* find(std::string_view id) const;
  // The questions whose part is `until` or earlier, in story order.
  std::vector<const QuizQuestion*> up_to(StoryPart until) const;
  const AliasTable& aliases() const { return aliases_; }

 private:
  std::vector<QuizQuestion> questions_;
  std::unordered_map<std::string, std::size_t> by_id_;
  AliasTable aliases_;
};

}  // namespace lenbot
