#pragma once
// The article's infobox: the lines between the title and the first blank line. Field labels
// are the wiki template's schema (not facts); a line that starts with no known label continues
// the previous field's value.
#include <string_view>
#include <vector>

#include "bot/ingest/article.h"

namespace lenbot {

// `lines` are the infobox lines without the title. Group headings ("Technical Information")
// are skipped.
std::vector<ProfileFact> parse_infobox(const std::vector<std::string_view>& lines);

}  // namespace lenbot
