#include "bot/ingest/segmenter.h"

#include <cctype>

namespace lenbot {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Parses "[123]" at `pos`; returns the number and advances `pos`, or -1 when it is not one.
int parse_marker(std::string_view text, std::size_t& pos) {
  if (text[pos] != '[') return -1;
  std::size_t end = pos + 1;
  int value = 0;
  while (end < text.size() && is_digit(text[end]) && end - pos <= 4) {
    value = value * 10 + (text[end] - '0');
    ++end;
  }
  if (end == pos + 1 || end >= text.size() || text[end] != ']') return -1;
  pos = end + 1;
  return value;
}

// Splits uncited text into sentences at ". ", "! " or "? " followed by a capital or quote.
void split_sentences(std::string_view text, std::vector<RawSegment>& out) {
  std::size_t start = 0;
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    const char c = text[i];
    if ((c == '.' || c == '!' || c == '?') && text[i + 1] == ' ' &&
        (std::isupper(static_cast<unsigned char>(text[i + 2])) != 0 || text[i + 2] == '"')) {
      std::string sentence = fold_whitespace(text.substr(start, i + 1 - start));
      if (!sentence.empty()) out.push_back({std::move(sentence), {}});
      start = i + 2;
    }
  }
  std::string rest = fold_whitespace(text.substr(start));
  if (!rest.empty()) out.push_back({std::move(rest), {}});
}

}  // namespace

std::string fold_whitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool nbsp = static_cast<unsigned char>(c) == 0xC2 && i + 1 < text.size() &&
                      static_cast<unsigned char>(text[i + 1]) == 0xA0;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || nbsp) {
      pending_space = true;
      if (nbsp) ++i;
      continue;
    }
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

std::vector<RawSegment> split_segments(std::string_view paragraph) {
  std::vector<RawSegment> out;
  std::size_t start = 0;
  std::size_t pos = 0;
  while (pos < paragraph.size()) {
    std::size_t marker_start = pos;
    std::vector<int> cites;
    std::size_t cursor = pos;
    int cite = 0;
    while (cursor < paragraph.size() && (cite = parse_marker(paragraph, cursor)) >= 0) {
      cites.push_back(cite);
    }
    if (cites.empty()) {
      ++pos;
      continue;
    }
    std::string text = fold_whitespace(paragraph.substr(start, marker_start - start));
    if (!text.empty()) {
      out.push_back({std::move(text), std::move(cites)});
    } else if (!out.empty()) {
      // A marker straight after another run of markers belongs to the same segment.
      out.back().cites.insert(out.back().cites.end(), cites.begin(), cites.end());
    }
    start = pos = cursor;
  }
  split_sentences(paragraph.substr(start), out);
  return out;
}

}  // namespace lenbot
