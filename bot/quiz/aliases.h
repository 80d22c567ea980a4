#pragma once
// Names that mean the same answer (Gackpo = Camui = Camui Gackpo), read from corpus/aliases.tsv:
// one entity a line, canonical name first, TAB-separated, '#' starts a comment line.
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lenbot {

class AliasError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class AliasTable {
 public:
  AliasTable() = default;
  // Parses the TSV text; never throws (blank and comment lines are skipped).
  static AliasTable from_text(std::string_view text);
  // Throws AliasError when the file cannot be read.
  static AliasTable load(const std::string& path);

  // The canonical name of the entity `name` belongs to; nullopt when no line lists it.
  std::optional<std::string> canonical(std::string_view name) const;
  // Every name of the entity `name` belongs to, canonical first; {name} when none lists it.
  std::vector<std::string> names_of(std::string_view name) const;
  // True when both names are the same entity (or normalise to the same text).
  bool same_entity(std::string_view a, std::string_view b) const;

 private:
  std::vector<std::vector<std::string>> groups_;
  std::unordered_map<std::string, std::size_t> group_of_;  // normalised name -> groups_ index
};

}  // namespace lenbot
