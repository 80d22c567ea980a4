#include "bot/quiz/question_bank.h"

#include "bot/ingest/article_parser.h"
#include "bot/quiz/entity_catalog.h"
#include "bot/quiz/question_generator.h"

namespace lenbot {

QuestionBank QuestionBank::build(const Article& article, AliasTable aliases) {
  QuestionBank bank;
  bank.aliases_ = std::move(aliases);
  const auto catalog = EntityCatalog::build(article, bank.aliases_);
  bank.questions_ = generate_questions(article, bank.aliases_, catalog);
  for (std::size_t i = 0; i < bank.questions_.size(); ++i) {
    bank.by_id_.emplace(bank.questions_[i].id, i);
  }
  return bank;
}

QuestionBank QuestionBank::load(const std::string& article_path, const std::string& aliases_path) {
  return build(load_article(article_path), AliasTable::load(aliases_path));
}

const Question* QuestionBank::find(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? nullptr : &questions_[it->second];
}

std::vector<const Question*> QuestionBank::up_to(StoryPart until) const {
  std::vector<const Question*> out;
  for (const auto& q : questions_) {
    if (static_cast<int>(q.part) <= static_cast<int>(until)) out.push_back(&q);
  }
  return out;
}

}  // namespace lenbot
