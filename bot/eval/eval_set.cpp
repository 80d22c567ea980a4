#include "bot/eval/eval_set.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "bot/retrieval/clauses.h"
#include "bot/retrieval/folds.h"

namespace lenbot {
namespace {

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

}  // namespace

std::vector<EvalItem> load_eval_items(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::vector<EvalItem> items;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const auto json = nlohmann::json::parse(line, nullptr, false);
    if (json.is_discarded() || !json.is_object() || !json.contains("q") || !json["q"].is_string()) {
      throw std::runtime_error(path + ":" + std::to_string(number) + ": not a question object");
    }
    EvalItem item;
    item.question = json["q"].get<std::string>();
    item.id = json.contains("id") && json["id"].is_string() ? json["id"].get<std::string>()
                                                            : item.question;
    if (json.contains("gold") && json["gold"].is_array()) {
      item.answerable = true;
      item.gold = json["gold"].get<std::vector<int>>();
      if (json.contains("answer") && json["answer"].is_string()) item.answer = json["answer"];
      if (item.gold.empty() && item.answer.empty()) {
        throw std::runtime_error(path + ":" + std::to_string(number) + ": no gold and no answer");
      }
    }
    items.push_back(std::move(item));
  }
  return items;
}

int fold_of(const EvalItem& item, int folds) { return fold_of(item.id, folds); }

bool text_answers(const std::string& text, const EvalItem& item) {
  return !item.answer.empty() && lower(text).find(lower(item.answer)) != std::string::npos;
}

bool fact_answers(const Fact& f, const EvalItem& item, const Knowledge& k) {
  if (!item.answerable) return false;
  if (!item.gold.empty()) {
    if (f.cites.empty()) return std::find(item.gold.begin(), item.gold.end(), 1) != item.gold.end();
    return std::any_of(f.cites.begin(), f.cites.end(), [&](int c) {
      return std::find(item.gold.begin(), item.gold.end(), c) != item.gold.end();
    });
  }
  // The answer text may fall in any clause of the sentence Len says.
  std::string sentence = f.text;
  for (const Fact* c = clause_before(k, f); c != nullptr; c = clause_before(k, *c)) {
    sentence = c->text + " " + sentence;
  }
  for (const Fact* c = clause_after(k, f); c != nullptr; c = clause_after(k, *c)) {
    sentence += " " + c->text;
  }
  return text_answers(sentence, item);
}

}  // namespace lenbot
