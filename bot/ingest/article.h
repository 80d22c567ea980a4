#pragma once
// The parsed article: what ingest produces and everything downstream reads. Plain data, no
// behaviour beyond naming story parts.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lenbot {

// Where in the story a fact happens, in story order. kNone is for segments outside the plot
// (profile, personality, appearance, relationships, trivia).
enum class StoryPart { kNone = 0, kRussia = 1, kPart1 = 2, kPart2 = 3, kPart3 = 4, kPart4 = 5 };

// "Russia era", "Part 1" ... "Part 4"; "" for kNone.
std::string_view part_name(StoryPart part);
// Accepts "part1".."part4", "part 3", "Part 3", "3", "russia", "all" (-> kPart4); nullopt
// for anything else.
std::optional<StoryPart> parse_part(std::string_view text);

struct Segment {
  int id = 0;           // 1-based, in article order
  std::string section;  // "Part 2", "Personality", "Kagamine Rin", "Intro", ...
  StoryPart part = StoryPart::kNone;
  // The first part by whose end a fan knows this segment (the spoiler shield's key).
  StoryPart revealed = StoryPart::kPart4;
  std::string text;        // the article's own words, citation markers included
  std::vector<int> cites;  // the [n] numbers that end it; empty for uncited text
  int paragraph = 0;       // index of the paragraph in the article, for neighbours
};

struct Quote {
  std::string text;     // without the surrounding quotation marks
  std::string speaker;  // "Len" unless the article names another ("Rin on Len's ...")
  std::string about;    // what the attribution says it is about, may be empty
  std::string section;  // the section the quote heads
};

struct ProfileFact {
  std::string key;    // "Japanese Name"
  std::string value;  // "鏡音レン"
};

struct Article {
  std::vector<ProfileFact> profile;
  std::vector<std::string> sections;  // section names in order
  std::vector<Segment> segments;
  std::vector<Quote> quotes;
  std::vector<std::string> captions;  // image captions, never served as facts
};

}  // namespace lenbot
