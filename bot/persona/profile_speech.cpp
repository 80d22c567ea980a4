#include "bot/persona/profile_speech.h"

#include <cctype>
#include <vector>

#include "bot/persona/reply_shaping.h"
#include "bot/text/ascii.h"

namespace lenbot {
namespace {

enum class ValueForm {
  kLower,   // a colour or a word: "Light blue" -> "light blue"
  kAsIs,    // a place or a kind: "Russia", "Vocaloid"
  kQuoted,  // a name or a title: "Don't Leave Me Alone"
};

// How Len says one key (lower case): "{v}" is the value, in the present and in the past (for
// values that held only in some parts, or "formerly").
struct ProfileSaying {
  std::string_view key;
  std::string_view present;
  std::string_view past;
  ValueForm form;
};
constexpr ProfileSaying kProfileSayings[] = {
    {"eye color", "My eyes are {v}.", "My eyes were {v}.", ValueForm::kLower},
    {"hair color", "My hair is {v}.", "My hair was {v}.", ValueForm::kLower},
    {"subtitle color", "My subtitles are {v}.", "My subtitles were {v}.", ValueForm::kLower},
    {"gender", "I'm {v}.", "I was {v}.", ValueForm::kLower},
    {"classification", "I'm a {v}.", "I was a {v}.", ValueForm::kAsIs},
    {"affiliation", "I'm with {v}.", "I used to be with {v}.", ValueForm::kAsIs},
    {"other names", "People also call me {v}.", "People used to call me {v}.", ValueForm::kQuoted},
    {"first appearance", "I first showed up in {v}.", "I first showed up in {v}.",
     ValueForm::kQuoted},
    {"last appearance", "I last showed up in {v}.", "I last showed up in {v}.", ValueForm::kQuoted},
    {"romanization", "In romaji my name's {v}.", "In romaji my name was {v}.", ValueForm::kQuoted},
    {"japanese name", "In Japanese my name's {v}.", "In Japanese my name was {v}.",
     ValueForm::kAsIs},
};

struct Item {
  std::string value;
  std::string qualifier;  // the bracketed part, maybe empty
};

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(' ');
  if (first == std::string_view::npos) return "";
  const auto last = text.find_last_not_of(" .");
  return last == std::string_view::npos || last < first
             ? ""
             : std::string(text.substr(first, last - first + 1));
}

std::vector<Item> items_of(std::string_view value) {
  std::vector<Item> items;
  while (!value.empty()) {
    const auto semicolon = value.find(';');
    std::string item = trimmed(value.substr(0, semicolon));
    value = semicolon == std::string_view::npos ? "" : value.substr(semicolon + 1);
    Item it;
    if (const auto open = item.rfind(" ("); open != std::string::npos && item.ends_with(")")) {
      it.qualifier = item.substr(open + 2, item.size() - open - 3);
      item.erase(open);
    }
    it.value = item;
    if (!it.value.empty()) items.push_back(std::move(it));
  }
  return items;
}

bool is_formerly(std::string_view qualifier) {
  const std::string q = ascii_lower(qualifier);
  return q == "formerly" || q == "formely" || q == "former";
}

// "Part 1" -> "in Part 1", "Part 2-4" -> "in Parts 2-4", "Original programming" -> "in my
// original programming".
std::string qualifier_phrase(const std::string& qualifier) {
  if (qualifier.starts_with("Part ")) {
    const bool range = qualifier.find_first_of("-,&") != std::string::npos;
    return "in " + std::string(range ? "Parts " : "Part ") + qualifier.substr(5);
  }
  return "in my " + ascii_lower(qualifier);
}

std::string said_value(const std::string& value, ValueForm form) {
  switch (form) {
    case ValueForm::kLower:
      return ascii_lower(value);
    case ValueForm::kQuoted:
      return "\"" + value + "\"";
    case ValueForm::kAsIs:
      break;
  }
  return value;
}

// "a", "a and b", "a, b and c" (names are alternatives: "a or b").
std::string joined(const std::vector<std::string>& parts, std::string_view last_joint) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? std::string(last_joint) : ", ";
    out += parts[i];
  }
  return out;
}

}  // namespace

std::string profile_sentence(std::string_view line) {
  const auto colon = line.find(": ");
  if (colon == std::string_view::npos) return finish_sentence(std::string(line));
  const std::string key = ascii_lower(trimmed(line.substr(0, colon)));
  const std::vector<Item> items = items_of(line.substr(colon + 2));
  const ProfileSaying* saying = nullptr;
  for (const auto& s : kProfileSayings) {
    if (s.key == key) saying = &s;
  }
  const std::string na = items.empty() ? "" : ascii_lower(items.front().value);
  if (items.empty() || na == "n/a" || na == "none" || na == "unknown") {
    return "My " + key + "? Doesn't really apply to me.";
  }
  const ValueForm form = saying != nullptr ? saying->form : ValueForm::kAsIs;
  bool past = false;
  std::vector<std::string> parts;
  for (const auto& item : items) {
    std::string part = said_value(item.value, form);
    if (is_formerly(item.qualifier)) {
      past = true;
    } else if (!item.qualifier.empty()) {
      past = true;
      part += " " + qualifier_phrase(item.qualifier);
    }
    parts.push_back(std::move(part));
  }
  const std::string value = joined(parts, form == ValueForm::kQuoted ? " or " : " and ");
  if (saying == nullptr) return "My " + key + (past ? " was " : " is ") + value + ".";
  std::string said(past ? saying->past : saying->present);
  said.replace(said.find("{v}"), 3, value);
  return said;
}

}  // namespace lenbot
