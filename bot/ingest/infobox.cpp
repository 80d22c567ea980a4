#include "bot/ingest/infobox.h"

#include <array>
#include <string>

#include "bot/text/ascii.h"

namespace lenbot {
namespace {

// The labels of the wiki's character infobox template, longest first where one is a prefix
// of another.
constexpr std::array<std::string_view, 13> kFieldLabels = {
    "Japanese Name",   "Romanization",   "Other Names", "Classification", "Race",
    "Gender",          "Hair Color",     "Eye Color",   "Affiliation",    "First Appearance",
    "Last Appearance", "Subtitle Color", "Voice",
};

bool is_group_heading(std::string_view line) { return line.ends_with(" Information"); }

}  // namespace

std::vector<ProfileFact> parse_infobox(const std::vector<std::string_view>& lines) {
  std::vector<ProfileFact> facts;
  for (std::string_view raw : lines) {
    const std::string_view line = trim(raw);
    if (line.empty() || is_group_heading(line)) continue;
    bool labelled = false;
    for (std::string_view label : kFieldLabels) {
      if (line.starts_with(label) && (line.size() == label.size() || line[label.size()] == ' ')) {
        facts.push_back({std::string(label), std::string(trim(line.substr(label.size())))});
        labelled = true;
        break;
      }
    }
    if (!labelled && !facts.empty()) {
      auto& value = facts.back().value;
      value += value.empty() ? "" : "; ";
      value += line;
    }
  }
  return facts;
}

}  // namespace lenbot
