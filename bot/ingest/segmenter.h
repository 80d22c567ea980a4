#pragma once
// Splits one article paragraph into segments: each run of text up to a citation marker `[n]`
// carries the numbers that end it; text after the last marker (or in an uncited paragraph) is
// split into sentences with no cites.
#include <string>
#include <string_view>
#include <vector>

namespace lenbot {

struct RawSegment {
  std::string text;  // markers removed, whitespace folded
  std::vector<int> cites;
};

std::vector<RawSegment> split_segments(std::string_view paragraph);

// Folds runs of spaces, tabs and no-break spaces (U+00A0) into one space and trims.
std::string fold_whitespace(std::string_view text);

}  // namespace lenbot
