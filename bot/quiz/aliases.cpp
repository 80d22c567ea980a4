#include "bot/quiz/aliases.h"

#include <fstream>
#include <sstream>

#include "bot/quiz/answer_text.h"

namespace lenbot {

AliasTable AliasTable::from_text(std::string_view text) {
  AliasTable table;
  std::istringstream lines{std::string(text)};
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string> group;
    std::istringstream fields(line);
    std::string field;
    while (std::getline(fields, field, '\t')) {
      if (!normalize_answer(field).empty()) group.push_back(field);
    }
    if (group.empty()) continue;
    for (const auto& name : group)
      table.group_of_.emplace(normalize_answer(name), table.groups_.size());
    table.groups_.push_back(std::move(group));
  }
  return table;
}

AliasTable AliasTable::load(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw AliasError("cannot read alias file " + path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return from_text(buffer.str());
}

std::optional<std::string> AliasTable::canonical(std::string_view name) const {
  auto it = group_of_.find(normalize_answer(name));
  if (it == group_of_.end()) return std::nullopt;
  return groups_[it->second].front();
}

std::vector<std::string> AliasTable::names_of(std::string_view name) const {
  auto it = group_of_.find(normalize_answer(name));
  if (it == group_of_.end()) return {std::string(name)};
  return groups_[it->second];
}

bool AliasTable::same_entity(std::string_view a, std::string_view b) const {
  const auto na = normalize_answer(a);
  const auto nb = normalize_answer(b);
  if (na == nb) return true;
  auto ia = group_of_.find(na);
  auto ib = group_of_.find(nb);
  return ia != group_of_.end() && ib != group_of_.end() && ia->second == ib->second;
}

}  // namespace lenbot
