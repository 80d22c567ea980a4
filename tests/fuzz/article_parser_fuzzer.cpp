// parse_article over any text: it may refuse with IngestError, never anything else, and what it
// returns keeps the Article's promises (segments numbered 1.. in article order, each in a named
// section, every cite a citation number).
#include <algorithm>

#include "bot/ingest/article_parser.h"
#include "tests/fuzz/fuzz_input.h"

using lenbot::fuzz::expect;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  lenbot::Article article;
  try {
    article = lenbot::parse_article(lenbot::fuzz::as_text(data, size));
  } catch (const lenbot::IngestError&) {
    return 0;
  }
  expect(!article.segments.empty(), "a parsed article has segments");
  for (std::size_t i = 0; i < article.segments.size(); ++i) {
    const lenbot::Segment& segment = article.segments[i];
    expect(segment.id == static_cast<int>(i) + 1, "segment ids are 1.. in article order");
    expect(std::find(article.sections.begin(), article.sections.end(), segment.section) !=
               article.sections.end(),
           "every segment's section is one of the article's sections");
    expect(std::all_of(segment.cites.begin(), segment.cites.end(), [](int n) { return n >= 0; }),
           "cites are citation numbers");
  }
  return 0;
}
