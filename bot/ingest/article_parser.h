#pragma once
// Parses the fan-wiki article text into an Article: infobox profile, sections (named by their
// "...Edit" headings, or inferred from position and epigraph where the heading is missing),
// story parts, cited segments, quotes with speakers, and image captions (kept apart).
#include <stdexcept>
#include <string>
#include <string_view>

#include "bot/ingest/article.h"

namespace lenbot {

class IngestError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Throws IngestError when the text has no title or no segments at all.
Article parse_article(std::string_view text);

// Reads and parses the article file at `path`; throws IngestError when it cannot be read.
Article load_article(const std::string& path);

}  // namespace lenbot
