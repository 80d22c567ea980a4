#include "bot/ingest/article_parser.h"

#include <fstream>
#include <sstream>

#include "bot/ingest/infobox.h"
#include "bot/ingest/section_namer.h"
#include "bot/ingest/segmenter.h"
#include "bot/text/ascii.h"

namespace lenbot {
namespace {

constexpr std::string_view kHeadingSuffix = "Edit";
constexpr std::string_view kAttributionDash = "\xE2\x80\x95";  // U+2015 HORIZONTAL BAR
constexpr std::string_view kBullet = "\xE2\x80\xA2";           // U+2022 BULLET
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
constexpr std::size_t kMaxHeadingBytes = 60;
constexpr std::size_t kMaxCaptionBytes = 80;

// `s` without white space or U+00A0 NO-BREAK SPACE at either end.
std::string_view trim_line(std::string_view s) {
  for (std::size_t before = s.size() + 1; s.size() != before;) {
    before = s.size();
    s = trim(s);
    if (s.starts_with(kNoBreakSpace)) s.remove_prefix(kNoBreakSpace.size());
    if (s.ends_with(kNoBreakSpace)) s.remove_suffix(kNoBreakSpace.size());
  }
  return s;
}

bool has_marker(std::string_view line) {
  const auto open = line.find('[');
  return open != std::string_view::npos && open + 1 < line.size() && line[open + 1] >= '0' &&
         line[open + 1] <= '9';
}

bool is_heading(std::string_view line) {
  return line.ends_with(kHeadingSuffix) && line.size() < kMaxHeadingBytes && !has_marker(line);
}

bool is_quote(std::string_view line) {
  return line.size() >= 2 && line.front() == '"' && line.back() == '"' && !has_marker(line);
}

// Image captions are short lines that never end a sentence and cite nothing.
bool is_caption(std::string_view line) {
  if (line.size() > kMaxCaptionBytes || has_marker(line)) return false;
  const char last = line.back();
  return last != '.' && last != '!' && last != '?' && last != ';' && last != ':' && last != '"';
}

StoryPart part_of_heading(std::string_view heading) {
  if (heading.find("Russia") != std::string_view::npos) return StoryPart::kRussia;
  if (heading.starts_with("Part ")) {
    if (auto part = parse_part(heading)) return *part;
  }
  return StoryPart::kNone;
}

// Plot parts are revealed as the story reaches them, except the Russia-era backstory, which
// the story only reveals from Part 2 on. The summaries outside the plot (intro, personality,
// relationships) draw on the whole story.
StoryPart revealed_by(StoryPart part, bool intro) {
  if (part == StoryPart::kRussia) return StoryPart::kPart2;
  if (part != StoryPart::kNone) return part;
  return intro ? StoryPart::kPart2 : StoryPart::kPart4;
}

struct DraftQuote {
  Quote quote;
  std::size_t section = 0;
};

class LineWalker {
 public:
  void heading(std::string_view line) {
    DraftSection section;
    const auto name = trim_line(line.substr(0, line.size() - kHeadingSuffix.size()));
    section.part = part_of_heading(name);
    section.name =
        section.part != StoryPart::kNone ? std::string(part_name(section.part)) : std::string(name);
    sections_.push_back(std::move(section));
  }

  void quote(std::string_view line) {
    // An epigraph after text has started means a section whose heading is missing.
    if (!current().paragraphs.empty()) sections_.emplace_back();
    quotes_.push_back(
        {{std::string(line.substr(1, line.size() - 2)), "Len", "", ""}, sections_.size() - 1});
  }

  void attribution(std::string_view line) {
    line.remove_prefix(kAttributionDash.size());
    if (line.ends_with("[src]")) line.remove_suffix(5);
    if (quotes_.empty()) return;
    auto& quote = quotes_.back().quote;
    const auto on = line.find(" on ");
    quote.speaker = std::string(trim_line(line.substr(0, on)));
    if (on != std::string_view::npos) quote.about = std::string(trim_line(line.substr(on + 4)));
    current().epigraph_about = quote.about;
  }

  void bullet(std::string_view line) {
    if (!current().bullets) {
      sections_.emplace_back();
      current().bullets = true;
    }
    current().paragraphs.emplace_back(trim_line(line.substr(kBullet.size())));
  }

  void paragraph(std::string_view line) { current().paragraphs.emplace_back(line); }

  void caption(std::string_view line) { captions_.emplace_back(line); }

  Article finish(const std::string& text, std::vector<ProfileFact> profile) {
    name_sections(sections_, text);
    Article article;
    article.profile = std::move(profile);
    article.captions = std::move(captions_);
    int paragraph_index = 0;
    for (std::size_t i = 0; i < sections_.size(); ++i) {
      const auto& section = sections_[i];
      article.sections.push_back(section.name);
      for (const auto& paragraph : section.paragraphs) {
        for (auto& raw : split_segments(paragraph)) {
          Segment segment;
          segment.id = static_cast<int>(article.segments.size()) + 1;
          segment.section = section.name;
          segment.part = section.part;
          segment.revealed = revealed_by(section.part, i == 0);
          segment.text = std::move(raw.text);
          segment.cites = std::move(raw.cites);
          segment.paragraph = paragraph_index;
          article.segments.push_back(std::move(segment));
        }
        ++paragraph_index;
      }
    }
    for (auto& draft : quotes_) {
      draft.quote.section = sections_[draft.section].name;
      article.quotes.push_back(std::move(draft.quote));
    }
    return article;
  }

 private:
  DraftSection& current() { return sections_.back(); }

  std::vector<DraftSection> sections_ = std::vector<DraftSection>(1);  // starts in the intro
  std::vector<DraftQuote> quotes_;
  std::vector<std::string> captions_;
};

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = text.find('\n', start);
    if (end == std::string_view::npos) {
      lines.push_back(text.substr(start));
      break;
    }
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

}  // namespace

Article parse_article(std::string_view text) {
  const auto lines = split_lines(text);
  std::size_t i = 0;
  while (i < lines.size() && trim_line(lines[i]).empty()) ++i;
  if (i == lines.size()) throw IngestError("article is empty");
  ++i;  // the title

  std::vector<std::string_view> infobox;
  while (i < lines.size() && !trim_line(lines[i]).empty()) infobox.push_back(lines[i++]);

  LineWalker walker;
  for (; i < lines.size(); ++i) {
    const auto line = trim_line(lines[i]);
    if (line.empty()) continue;
    if (is_heading(line)) {
      walker.heading(line);
    } else if (line.starts_with(kAttributionDash)) {
      walker.attribution(line);
    } else if (is_quote(line)) {
      walker.quote(line);
    } else if (line.starts_with(kBullet)) {
      walker.bullet(line);
    } else if (is_caption(line)) {
      walker.caption(line);
    } else {
      walker.paragraph(line);
    }
  }
  Article article = walker.finish(std::string(text), parse_infobox(infobox));
  if (article.segments.empty()) throw IngestError("article has no text to index");
  return article;
}

Article load_article(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IngestError("cannot read the article at " + path);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return parse_article(buffer.str());
}

}  // namespace lenbot
