#pragma once
// Names the sections whose wiki headings were lost in the plain-text copy, from what the
// article itself says: the first one after the story is the personality section, one whose
// epigraph is "on his appearance" is the appearance section, one of bullets is trivia, and
// one among the relationship sections is named after the person it talks about most.
#include <string>
#include <vector>

#include "bot/ingest/article.h"

namespace lenbot {

struct DraftSection {
  std::string name;  // empty when the heading is missing
  StoryPart part = StoryPart::kNone;
  bool bullets = false;        // made of "•" lines
  std::string epigraph_about;  // the quote attribution's topic, if any
  std::vector<std::string> paragraphs;
};

// Fills in every empty name. `article_text` is searched for the longest written form of a
// person's name ("Camui" -> "Camui Gackpo").
void name_sections(std::vector<DraftSection>& sections, const std::string& article_text);

}  // namespace lenbot
