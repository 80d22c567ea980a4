#include "bot/index/wordnet_data.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdlib>

namespace lenbot {
namespace {

// A whole file mapped read-only; an empty file maps to an empty view.
class MappedFile {
 public:
  explicit MappedFile(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw WordNetError("can't open WordNet file " + path);
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
      ::close(fd);
      throw WordNetError("can't stat WordNet file " + path);
    }
    size_ = static_cast<size_t>(st.st_size);
    if (size_ > 0) data_ = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (data_ == MAP_FAILED) throw WordNetError("can't map WordNet file " + path);
  }
  ~MappedFile() {
    if (data_ != nullptr) ::munmap(data_, size_);
  }
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  std::string_view text() const {
    return data_ == nullptr ? std::string_view()
                            : std::string_view(static_cast<char*>(data_), size_);
  }

 private:
  void* data_ = nullptr;
  size_t size_ = 0;
};

constexpr std::array<const char*, 4> kPosNames = {"noun", "verb", "adj", "adv"};

size_t index_of(WordNetPos pos) { return static_cast<size_t>(pos); }

// Splits off the next space-separated token of `rest`.
std::string_view next_token(std::string_view& rest) {
  const size_t start = rest.find_first_not_of(' ');
  if (start == std::string_view::npos) {
    rest = {};
    return {};
  }
  rest.remove_prefix(start);
  const size_t end = std::min(rest.find(' '), rest.size());
  const std::string_view token = rest.substr(0, end);
  rest.remove_prefix(end);
  return token;
}

uint32_t parse_number(std::string_view token, int base) {
  uint32_t value = 0;
  std::from_chars(token.data(), token.data() + token.size(), value, base);
  return value;
}

WordNetPos pos_of(std::string_view symbol) {
  switch (symbol.empty() ? 'n' : symbol[0]) {
    case 'v':
      return WordNetPos::kVerb;
    case 'a':
    case 's':
      return WordNetPos::kAdj;
    case 'r':
      return WordNetPos::kAdv;
    default:
      return WordNetPos::kNoun;
  }
}

std::string_view line_at(std::string_view text, size_t start) {
  const size_t end = text.find('\n', start);
  return text.substr(start, end == std::string_view::npos ? text.size() - start : end - start);
}

// <0, 0, >0 as the key of the index line at `start` sorts before, equal to or after `lemma`.
// A plain loop: the key ends at the first space, and a memchr call per bisection step to find
// it cost more than the comparison.
int compare_key(std::string_view text, uint32_t start, std::string_view lemma) {
  for (size_t i = start, j = 0;; ++i, ++j) {
    const bool key_done = i >= text.size() || text[i] == ' ';
    if (j == lemma.size()) return key_done ? 0 : 1;
    if (key_done) return -1;
    if (text[i] != lemma[j])
      return static_cast<unsigned char>(text[i]) < static_cast<unsigned char>(lemma[j]) ? -1 : 1;
  }
}

// Where each entry line of an index file starts, skipping the licence header (lines that start
// with a space). Index files are sorted by lemma in byte order, so these are sorted by key.
std::vector<uint32_t> entry_starts(std::string_view text) {
  std::vector<uint32_t> starts;
  starts.reserve(text.size() / 32);
  for (size_t start = 0; start < text.size();) {
    if (text[start] != ' ') starts.push_back(static_cast<uint32_t>(start));
    const size_t newline = text.find('\n', start);
    if (newline == std::string_view::npos) break;
    start = newline + 1;
  }
  return starts;
}

}  // namespace

struct WordNetData::Files {
  std::vector<std::unique_ptr<MappedFile>> index;
  std::vector<std::vector<uint32_t>> index_entries;  // entry_starts() of each index file
  std::vector<std::unique_ptr<MappedFile>> data;
  std::vector<std::unique_ptr<MappedFile>> exceptions;
};

WordNetData::WordNetData(const std::string& dir) {
  auto files = std::make_unique<Files>();
  for (const char* name : kPosNames) {
    files->index.push_back(std::make_unique<MappedFile>(dir + "/index." + name));
    files->index_entries.push_back(entry_starts(files->index.back()->text()));
    files->data.push_back(std::make_unique<MappedFile>(dir + "/data." + name));
    files->exceptions.push_back(std::make_unique<MappedFile>(dir + "/" + name + ".exc"));
  }
  files_ = std::move(files);
}

WordNetData::~WordNetData() = default;

std::vector<std::string_view> WordNetData::lemmas(WordNetPos pos) const {
  const std::string_view text = files_->index[index_of(pos)]->text();
  std::vector<std::string_view> out;
  out.reserve(files_->index_entries[index_of(pos)].size());
  for (const uint32_t start : files_->index_entries[index_of(pos)]) {
    std::string_view line = line_at(text, start);
    out.push_back(next_token(line));
  }
  return out;
}

WordNetIndexEntry WordNetData::entry(std::string_view lemma, WordNetPos pos) const {
  const std::string_view text = files_->index[index_of(pos)]->text();
  const auto& entries = files_->index_entries[index_of(pos)];
  const auto it = std::lower_bound(
      entries.begin(), entries.end(), lemma,
      [text](uint32_t start, std::string_view key) { return compare_key(text, start, key) < 0; });
  if (it == entries.end() || compare_key(text, *it, lemma) != 0) return {};
  std::string_view rest = line_at(text, *it);
  next_token(rest);  // lemma
  next_token(rest);  // pos
  const uint32_t synset_count = parse_number(next_token(rest), 10);
  const uint32_t pointer_count = parse_number(next_token(rest), 10);
  for (uint32_t i = 0; i < pointer_count; ++i) next_token(rest);
  next_token(rest);  // sense_cnt, same as synset_cnt
  WordNetIndexEntry entry;
  entry.tagged_senses = parse_number(next_token(rest), 10);
  entry.synsets.reserve(synset_count);
  for (uint32_t i = 0; i < synset_count; ++i) {
    entry.synsets.push_back(parse_number(next_token(rest), 10));
  }
  return entry;
}

std::vector<uint32_t> WordNetData::senses(std::string_view lemma, WordNetPos pos) const {
  return entry(lemma, pos).synsets;
}

WordNetSynset WordNetData::synset(WordNetPos pos, uint32_t offset) const {
  const std::string_view text = files_->data[index_of(pos)]->text();
  std::string_view rest = offset < text.size() ? line_at(text, offset) : std::string_view();
  if (parse_number(next_token(rest), 10) != offset || offset == 0) {
    throw WordNetError("no WordNet synset at offset " + std::to_string(offset) + " of data." +
                       kPosNames[index_of(pos)]);
  }
  WordNetSynset synset;
  synset.lex_file = static_cast<int>(parse_number(next_token(rest), 10));
  next_token(rest);  // ss_type
  const uint32_t word_count = parse_number(next_token(rest), 16);
  synset.words.reserve(word_count);
  for (uint32_t i = 0; i < word_count; ++i) {
    const std::string_view word = next_token(rest);
    synset.words.push_back(word.substr(0, word.find('(')));  // "galore(ip)" -> "galore"
    next_token(rest);                                        // lex_id
  }
  const uint32_t pointer_count = parse_number(next_token(rest), 10);
  synset.pointers.reserve(pointer_count);
  for (uint32_t i = 0; i < pointer_count; ++i) {
    WordNetPointer pointer;
    pointer.symbol = next_token(rest);
    pointer.offset = parse_number(next_token(rest), 10);
    pointer.pos = pos_of(next_token(rest));
    const uint32_t source_target = parse_number(next_token(rest), 16);
    pointer.source_word = static_cast<int>(source_target >> 8);
    pointer.target_word = static_cast<int>(source_target & 0xff);
    synset.pointers.push_back(pointer);
  }
  return synset;
}

std::vector<std::pair<std::string_view, std::string_view>> WordNetData::exceptions(
    WordNetPos pos) const {
  std::vector<std::pair<std::string_view, std::string_view>> pairs;
  std::string_view text = files_->exceptions[index_of(pos)]->text();
  while (!text.empty()) {
    std::string_view rest = line_at(text, 0);
    text.remove_prefix(std::min(rest.size() + 1, text.size()));
    const std::string_view form = next_token(rest);
    for (std::string_view base = next_token(rest); !base.empty(); base = next_token(rest)) {
      pairs.emplace_back(form, base);
    }
  }
  return pairs;
}

std::string default_wordnet_dir() {
  const char* dir = std::getenv("WNSEARCHDIR");
  return dir != nullptr && *dir != '\0' ? dir : "/usr/share/wordnet";
}

}  // namespace lenbot
