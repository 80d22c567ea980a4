#include "bot/persona/persona.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>
#include <sstream>

#include "bot/text/ascii.h"

namespace lenbot {
namespace {

using nlohmann::json;

// What a list of lines must look like.
struct LineRule {
  std::size_t min_count = 1;
  bool allow_empty = false;           // "" entries ("no closer this time")
  std::set<std::string> allowed;      // placeholders besides {name}
  std::vector<std::string> required;  // placeholders every line must hold
};

LineRule may_be_empty() {
  LineRule rule;
  rule.allow_empty = true;
  return rule;
}

LineRule with_placeholder(const std::string& required, std::set<std::string> allowed) {
  LineRule rule;
  rule.allowed = std::move(allowed);
  rule.required = {required};
  return rule;
}

const std::set<std::string> kTopLevelKeys = {
    "name",          "webhook",   "openers",         "closers",    "connectors",
    "answer_frames", "declines",  "shrugs",          "smalltalk",  "moods",
    "quote_frames",  "sprinkles", "sprinkle_one_in", "error_line", "spoilers",
    "quiz"};  // "quiz" is read by the quiz stage
              // (bot/quiz/quiz_voice.h)

std::string child(std::string_view path, std::string_view key) {
  return path.empty() ? std::string(key) : std::string(path) + "." + std::string(key);
}

const json& require(const json& object, std::string_view key, std::string_view path) {
  const auto it = object.find(key);
  if (it == object.end()) throw PersonaError(child(path, key), "is missing");
  return *it;
}

std::string read_string(const json& object, std::string_view key, std::string_view path,
                        bool allow_empty) {
  const json& value = require(object, key, path);
  if (!value.is_string()) throw PersonaError(child(path, key), "must be a string");
  if (!allow_empty && value.get_ref<const std::string&>().empty()) {
    throw PersonaError(child(path, key), "must not be empty");
  }
  return value.get<std::string>();
}

// Every "{...}" in `line` is {name} or one the rule allows, and the required ones are there.
void check_placeholders(const std::string& line, const LineRule& rule, const std::string& key) {
  for (std::size_t open = line.find('{'); open != std::string::npos;
       open = line.find('{', open + 1)) {
    const std::size_t close = line.find('}', open);
    if (close == std::string::npos) throw PersonaError(key, "has an unclosed '{'");
    const std::string name = line.substr(open + 1, close - open - 1);
    if (name != "name" && rule.allowed.count(name) == 0) {
      throw PersonaError(key, "has an unknown placeholder {" + name + "}");
    }
  }
  for (const auto& name : rule.required) {
    if (line.find("{" + name + "}") == std::string::npos) {
      throw PersonaError(key, "must contain {" + name + "}");
    }
  }
}

std::vector<std::string> read_lines(const json& value, const std::string& key,
                                    const LineRule& rule) {
  if (!value.is_array()) throw PersonaError(key, "must be an array of strings");
  if (value.size() < rule.min_count) {
    throw PersonaError(key, "needs at least " + std::to_string(rule.min_count) + " line(s)");
  }
  std::vector<std::string> lines;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const std::string item_key = key + "[" + std::to_string(i) + "]";
    if (!value[i].is_string()) throw PersonaError(item_key, "must be a string");
    lines.push_back(value[i].get<std::string>());
    if (lines.back().empty() && !rule.allow_empty) throw PersonaError(item_key, "is empty");
    check_placeholders(lines.back(), rule, item_key);
  }
  return lines;
}

std::vector<std::string> read_lines(const json& object, std::string_view key, std::string_view path,
                                    const LineRule& rule) {
  return read_lines(require(object, key, path), child(path, key), rule);
}

std::vector<std::string> read_optional_lines(const json& object, std::string_view key,
                                             std::string_view path, const LineRule& rule) {
  if (!object.contains(key)) return {};
  LineRule optional = rule;
  optional.min_count = 0;
  return read_lines(object.at(key), child(path, key), optional);
}

std::vector<std::string> read_optional_lines(const json& object, std::string_view key,
                                             const LineRule& rule) {
  return read_optional_lines(object, key, "", rule);
}

void check_object(const json& value, const std::string& key) {
  if (!value.is_object()) throw PersonaError(key, "must be an object");
}

// "answer_frames": {"why": ["{answer}", "'Cause... {answer}"], ...}; optional.
std::map<std::string, std::vector<std::string>, std::less<>> read_answer_frames(const json& doc) {
  std::map<std::string, std::vector<std::string>, std::less<>> frames;
  if (!doc.contains("answer_frames")) return frames;
  const json& section = doc.at("answer_frames");
  check_object(section, "answer_frames");
  for (const auto& [type, lines] : section.items()) {
    frames[type] =
        read_lines(lines, "answer_frames." + type, with_placeholder("answer", {"answer"}));
  }
  return frames;
}

std::map<std::string, std::vector<std::string>, std::less<>> read_smalltalk(const json& doc) {
  const json& section = require(doc, "smalltalk", "");
  check_object(section, "smalltalk");
  std::map<std::string, std::vector<std::string>, std::less<>> smalltalk;
  for (const auto& [category, lines] : section.items()) {
    smalltalk[category] = read_lines(lines, "smalltalk." + category, LineRule{});
  }
  for (const auto& category : required_smalltalk_categories()) {
    if (smalltalk.count(category) == 0) throw PersonaError("smalltalk." + category, "is missing");
  }
  return smalltalk;
}

std::vector<Mood> read_moods(const json& doc) {
  const json& section = require(doc, "moods", "");
  if (!section.is_array()) throw PersonaError("moods", "must be an array of objects");
  std::vector<Mood> moods;
  for (std::size_t i = 0; i < section.size(); ++i) {
    const std::string path = "moods[" + std::to_string(i) + "]";
    check_object(section[i], path);
    Mood mood;
    mood.name = read_string(section[i], "name", path, false);
    mood.entities = read_lines(section[i], "entities", path, LineRule{});
    mood.topics = read_optional_lines(section[i], "topics", path, LineRule{});
    mood.openers = read_lines(section[i], "openers", path, may_be_empty());
    mood.named_openers = read_optional_lines(section[i], "named_openers", path, LineRule{});
    mood.closers = read_lines(section[i], "closers", path, may_be_empty());
    moods.push_back(std::move(mood));
  }
  return moods;
}

void read_webhook(const json& doc, Persona& persona) {
  const json& webhook = require(doc, "webhook", "");
  check_object(webhook, "webhook");
  persona.username = read_string(webhook, "username", "webhook", false);
  persona.avatar_url = read_string(webhook, "avatar_url", "webhook", true);
}

int read_sprinkle_one_in(const json& doc) {
  if (!doc.contains("sprinkle_one_in")) return 0;
  const json& value = doc.at("sprinkle_one_in");
  if (!value.is_number_integer() || value.get<long long>() < 0 || value.get<long long>() > 1000) {
    throw PersonaError("sprinkle_one_in", "must be an integer from 0 to 1000");
  }
  return value.get<int>();
}

// `needle` occurs in `haystack` with no letter or digit either side.
bool contains_word(std::string_view haystack, std::string_view needle) {
  const auto is_word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  for (std::size_t at = haystack.find(needle); !needle.empty() && at != std::string_view::npos;
       at = haystack.find(needle, at + 1)) {
    const std::size_t end = at + needle.size();
    if ((at == 0 || !is_word(haystack[at - 1])) &&
        (end == haystack.size() || !is_word(haystack[end]))) {
      return true;
    }
  }
  return false;
}

void check_keys(const json& doc) {
  for (const auto& [key, value] : doc.items()) {
    if (!key.starts_with('_') && kTopLevelKeys.count(key) == 0) {
      throw PersonaError(key, "is not a persona key");
    }
  }
}

// How far into the answer its subject is looked for ("Irina did. I was...", "Rin called me").
constexpr std::size_t kLeadWords = 6;

// The byte offset where the `n`th word of `text` ends (its size when it has fewer).
std::size_t nth_word_end(std::string_view text, std::size_t n) {
  std::size_t words = 0;
  bool in_word = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool space = text[i] == ' ';
    if (space && in_word && ++words == n) return i;
    in_word = !space;
  }
  return text.size();
}

bool names_any(const std::vector<std::string>& names, const Mood& mood) {
  for (const auto& name : names) {
    const std::string mentioned = ascii_lower(name);
    for (const auto& trigger : mood.entities) {
      if (contains_word(mentioned, ascii_lower(trigger))) return true;
    }
  }
  return false;
}

}  // namespace

PersonaError::PersonaError(std::string key, const std::string& problem)
    : std::runtime_error("persona key '" + key + "' " + problem), key_(std::move(key)) {}

const std::vector<std::string>& required_smalltalk_categories() {
  static const std::vector<std::string> kCategories = {"greeting", "how_are_you", "who_are_you",
                                                       "thanks",   "bye",         "insult"};
  return kCategories;
}

const Mood* find_mood(const Persona& persona, const std::vector<std::string>& entities) {
  for (const auto& mood : persona.moods) {
    if (names_any(entities, mood)) return &mood;
  }
  return nullptr;
}

MoodChoice choose_mood(const Persona& persona, const std::vector<std::string>& asked,
                       const std::vector<std::string>& answered, std::string_view answer) {
  const std::string text = ascii_lower(answer);
  const auto speaks_of = [&text](const Mood& mood) {
    return std::any_of(mood.topics.begin(), mood.topics.end(),
                       [&](const std::string& t) { return contains_word(text, ascii_lower(t)); });
  };
  const auto names_in = [](std::string_view said, const Mood& mood) {
    return std::any_of(mood.entities.begin(), mood.entities.end(),
                       [&](const std::string& e) { return contains_word(said, ascii_lower(e)); });
  };
  // The answer is about the fan's person when it names them in its first few words ("Rin
  // called me"), not in passing ("...wished to escape from him with Rin"): only then may an
  // opener name them back.
  const std::string_view lead = std::string_view(text).substr(0, nth_word_end(text, kLeadWords));
  const auto named_back = [&](const Mood& mood) {
    return names_any(asked, mood) && names_in(lead, mood);
  };
  // What the answer speaks of comes first (no "heh" after a death, whoever was asked about),
  // then whom the fan named when the answer speaks of them too, then whom the answer names.
  for (const auto& mood : persona.moods) {
    if (speaks_of(mood)) return {&mood, named_back(mood)};
  }
  for (const auto& mood : persona.moods) {
    if (names_any(asked, mood) && names_in(text, mood)) return {&mood, named_back(mood)};
  }
  for (const auto& mood : persona.moods) {
    if (names_any(answered, mood)) return {&mood, false};
  }
  return {};
}

Persona parse_persona(const json& document) {
  check_object(document, "persona");
  check_keys(document);
  Persona persona;
  persona.name = read_string(document, "name", "", false);
  read_webhook(document, persona);
  persona.openers = read_lines(document, "openers", "", may_be_empty());
  persona.closers = read_lines(document, "closers", "", may_be_empty());
  persona.connectors = read_optional_lines(document, "connectors", LineRule{});
  persona.answer_frames = read_answer_frames(document);
  persona.declines =
      read_lines(document, "declines", "", with_placeholder("topic1", {"topic1", "topic2"}));
  persona.shrugs = read_lines(document, "shrugs", "", LineRule{});
  persona.smalltalk = read_smalltalk(document);
  persona.moods = read_moods(document);
  persona.quote_frames =
      read_lines(document, "quote_frames", "", with_placeholder("quote", {"quote"}));
  persona.sprinkles = read_optional_lines(document, "sprinkles", LineRule{});
  persona.sprinkle_one_in = read_sprinkle_one_in(document);
  persona.error_line = read_string(document, "error_line", "", false);
  persona.spoilers = read_optional_lines(document, "spoilers", with_placeholder("part", {"part"}));
  return persona;
}

Persona load_persona(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw PersonaError("file", "cannot be opened: " + path);
  std::stringstream text;
  text << in.rdbuf();
  const json document = json::parse(text.str(), nullptr, false);
  if (document.is_discarded()) throw PersonaError("file", "is not valid JSON: " + path);
  return parse_persona(document);
}

}  // namespace lenbot
