#include "bot/ingest/article.h"

#include <algorithm>
#include <cctype>

#include "bot/text/ascii.h"

namespace lenbot {

std::string_view part_name(StoryPart part) {
  switch (part) {
    case StoryPart::kRussia:
      return "Russia era";
    case StoryPart::kPart1:
      return "Part 1";
    case StoryPart::kPart2:
      return "Part 2";
    case StoryPart::kPart3:
      return "Part 3";
    case StoryPart::kPart4:
      return "Part 4";
    case StoryPart::kNone:
      break;
  }
  return "";
}

std::optional<StoryPart> parse_part(std::string_view text) {
  std::string key;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)) != 0) {
      key += ascii_lower(c);
    }
  }
  if (key.starts_with("part")) key.erase(0, 4);
  if (key == "1") return StoryPart::kPart1;
  if (key == "2") return StoryPart::kPart2;
  if (key == "3") return StoryPart::kPart3;
  if (key == "4" || key == "all") return StoryPart::kPart4;
  if (key == "russia" || key == "russiaera" || key == "0") return StoryPart::kRussia;
  return std::nullopt;
}

}  // namespace lenbot
