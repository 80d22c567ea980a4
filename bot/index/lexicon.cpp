#include "bot/index/lexicon.h"

#include <array>
#include <fstream>
#include <sstream>

namespace lenbot {
namespace {

constexpr std::array<std::string_view, 7> kKinds = {"slang",  "alias", "synonym", "phrase",
                                                    "person", "place", "topic"};

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  while (true) {
    const auto tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

}  // namespace

Lexicon parse_lexicon(std::string_view text) {
  Lexicon lexicon;
  int line_number = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    const auto fields = split_tabs(line);
    const auto where = "lexicon line " + std::to_string(line_number);
    if (fields.size() < 3 || fields[1].empty() || fields[2].empty()) {
      throw LexiconError(where + ": expected KIND<TAB>FROM<TAB>TO");
    }
    bool known = false;
    for (auto kind : kKinds) known = known || kind == fields[0];
    if (!known) throw LexiconError(where + ": unknown kind '" + std::string(fields[0]) + "'");
    lexicon.entries.push_back(
        {std::string(fields[0]), std::string(fields[1]), std::string(fields[2])});
  }
  return lexicon;
}

Lexicon load_lexicon(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw LexiconError("cannot read the lexicon at " + path);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return parse_lexicon(buffer.str());
}

}  // namespace lenbot
