#include "bot/persona/smalltalk.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "bot/text/ascii.h"

namespace lenbot {
namespace {

// Small talk is short; anything longer is a question or a paste.
constexpr std::size_t kMaxMessageBytes = 280;
constexpr std::size_t kMaxTokens = 24;

// Indexes into smalltalk_categories(); a lower index is more substantive.
enum Category : int {
  kInsult,
  kTease,
  kWhoAreYou,
  kHowAreYou,
  kAffection,
  kCompliment,
  kSorry,
  kThanks,
  kBye,
  kGreeting,
  kLaugh,
  kCategoryCount,
  kYouPrefix = -1,  // "you", "ur", "you are": covers words but is no category on its own
};

struct Phrase {
  std::string_view text;  // normalised words, space separated
  int category;
};

// clang-format off
constexpr Phrase kPhrases[] = {
    {"hi", kGreeting}, {"hello", kGreeting}, {"hey", kGreeting}, {"heya", kGreeting},
    {"hiya", kGreeting}, {"yo", kGreeting}, {"howdy", kGreeting}, {"greetings", kGreeting},
    {"good morning", kGreeting}, {"good afternoon", kGreeting}, {"good evening", kGreeting},
    {"morning", kGreeting}, {"hai", kGreeting}, {"ohayo", kGreeting}, {"konnichiwa", kGreeting},
    {"len", kGreeting}, {"lenny", kGreeting}, {"kagamine", kGreeting},
    {"how are you", kHowAreYou}, {"how r u", kHowAreYou}, {"how are u", kHowAreYou},
    {"how r you", kHowAreYou}, {"how are ya", kHowAreYou}, {"how ya doing", kHowAreYou},
    {"how you doing", kHowAreYou}, {"how u doing", kHowAreYou}, {"hows it going", kHowAreYou},
    {"how is it going", kHowAreYou}, {"how have you been", kHowAreYou}, {"hru", kHowAreYou},
    {"how you been", kHowAreYou}, {"hows life", kHowAreYou}, {"how are things", kHowAreYou},
    {"how do you do", kHowAreYou}, {"whats up", kHowAreYou}, {"what up", kHowAreYou},
    {"sup", kHowAreYou}, {"wassup", kHowAreYou}, {"wazzup", kHowAreYou}, {"whatsup", kHowAreYou},
    {"whats good", kHowAreYou}, {"you ok", kHowAreYou}, {"u ok", kHowAreYou},
    {"are you ok", kHowAreYou}, {"r u ok", kHowAreYou}, {"you good", kHowAreYou},
    {"what are you doing", kHowAreYou}, {"what r u doing", kHowAreYou}, {"wyd", kHowAreYou},
    {"who are you", kWhoAreYou}, {"who r u", kWhoAreYou}, {"who are u", kWhoAreYou},
    {"who r you", kWhoAreYou}, {"who is this", kWhoAreYou}, {"whos this", kWhoAreYou},
    {"who am i talking to", kWhoAreYou}, {"what are you", kWhoAreYou}, {"what r u", kWhoAreYou},
    {"whats your name", kWhoAreYou}, {"what is your name", kWhoAreYou},
    {"are you a bot", kWhoAreYou}, {"are you real", kWhoAreYou}, {"r u a bot", kWhoAreYou},
    {"thanks", kThanks}, {"thank you", kThanks}, {"thank u", kThanks}, {"thanx", kThanks},
    {"thx", kThanks}, {"ty", kThanks}, {"tysm", kThanks}, {"tyvm", kThanks}, {"cheers", kThanks},
    {"appreciate it", kThanks}, {"much appreciated", kThanks}, {"arigato", kThanks},
    {"bye", kBye}, {"goodbye", kBye}, {"good bye", kBye}, {"cya", kBye}, {"see ya", kBye},
    {"see you", kBye}, {"see u", kBye}, {"later", kBye}, {"laters", kBye}, {"gtg", kBye},
    {"got to go", kBye}, {"gotta go", kBye}, {"good night", kBye}, {"goodnight", kBye},
    {"night", kBye}, {"farewell", kBye}, {"take care", kBye}, {"peace", kBye}, {"ttyl", kBye},
    {"im out", kBye}, {"see you later", kBye}, {"see ya later", kBye},
    {"suck", kInsult}, {"sucks", kInsult}, {"dumb", kInsult}, {"stupid", kInsult},
    {"idiot", kInsult}, {"loser", kInsult}, {"useless", kInsult}, {"trash", kInsult},
    {"garbage", kInsult}, {"annoying", kInsult}, {"lame", kInsult}, {"baka", kInsult},
    {"noob", kInsult}, {"dork", kInsult}, {"creep", kInsult}, {"weird", kInsult},
    {"shut up", kInsult}, {"stfu", kInsult}, {"bad bot", kInsult}, {"worst", kInsult},
    {"nobody likes you", kInsult}, {"nobody likes u", kInsult}, {"no one likes you", kInsult},
    {"no one likes u", kInsult}, {"nobody even likes you", kInsult},
    {"nobody even likes u", kInsult}, {"bot", kYouPrefix},
    {"shorty", kTease}, {"short", kTease}, {"smell", kTease}, {"smelly", kTease},
    {"crybaby", kTease}, {"cry baby", kTease}, {"thief", kTease}, {"simp", kTease},
    {"cringe", kTease}, {"weak", kTease}, {"weakling", kTease}, {"ugly", kTease},
    {"banana boy", kTease}, {"shota", kTease}, {"fake", kTease},
    {"good boy", kTease}, {"genderbent rin", kTease}, {"rin with shorts", kTease},
    {"cant sing", kTease}, {"cant even sing", kTease}, {"girly", kTease}, {"pickpocket", kTease},
    {"stoner", kTease}, {"nerd", kTease}, {"clown", kTease}, {"lightweight", kTease},
    {"cool", kCompliment}, {"pretty", kCompliment}, {"talented", kCompliment},
    {"nice hair", kCompliment}, {"great voice", kCompliment}, {"love your voice", kCompliment},
    {"love ur voice", kCompliment}, {"i like your voice", kCompliment}, {"fan", kCompliment},
    {"your biggest fan", kCompliment}, {"ur biggest fan", kCompliment}, {"best boy", kCompliment}, {"awesome", kCompliment}, {"cute", kCompliment},
    {"great", kCompliment}, {"best", kCompliment}, {"amazing", kCompliment},
    {"sweet", kCompliment}, {"funny", kCompliment}, {"adorable", kCompliment},
    {"good bot", kCompliment}, {"nice", kCompliment}, {"handsome", kCompliment},
    {"i love you", kAffection}, {"love you", kAffection}, {"i love u", kAffection},
    {"love u", kAffection}, {"ily", kAffection}, {"i like you", kAffection},
    {"marry me", kAffection},
    {"sorry", kSorry}, {"im sorry", kSorry}, {"i am sorry", kSorry}, {"my bad", kSorry},
    {"apologies", kSorry}, {"soz", kSorry},
    {"lol", kLaugh}, {"lmao", kLaugh}, {"lmfao", kLaugh}, {"rofl", kLaugh}, {"xd", kLaugh},
    {"you", kYouPrefix}, {"u", kYouPrefix}, {"ur", kYouPrefix}, {"youre", kYouPrefix},
    {"you are", kYouPrefix}, {"u r", kYouPrefix}, {"you r", kYouPrefix},
    {"your voice is", kYouPrefix}, {"ur voice is", kYouPrefix}, {"youre such", kYouPrefix},
    {"i bet", kYouPrefix}, {"im", kYouPrefix}, {"vocaloid", kYouPrefix}, {"ever", kYouPrefix},
};
// clang-format on

// Words that carry no meaning in small talk ("hey man, thanks so much!").
constexpr std::array<std::string_view, 35> kFillers = {
    "a",    "again",    "all",  "an",    "bro",   "buddy",   "chan",   "doing",     "dude",
    "even", "everyone", "guys", "just",  "k",     "kun",     "kinda",  "literally", "man",
    "mate", "much",     "oh",   "ok",    "okay",  "pal",     "please", "pls",       "really",
    "so",   "such",     "the",  "there", "today", "totally", "uh",     "very"};

std::vector<std::string> normalise(std::string_view message) {
  std::vector<std::string> tokens;
  std::string current;
  for (char raw : message) {
    const auto c = static_cast<unsigned char>(raw);
    if (c == '\'') continue;  // "what's" -> "whats", "you're" -> "youre"
    if (c < 0x80 && std::isalnum(c) != 0) {
      current += ascii_lower(raw);
    } else if (!current.empty()) {
      tokens.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) tokens.push_back(std::move(current));
  return tokens;
}

// "heh", "hahaha", "ahah", "lolol".
bool is_laughter(std::string_view token) {
  const auto only = [&](std::string_view chars) {
    return token.find_first_not_of(chars) == std::string_view::npos;
  };
  if (token.size() >= 3 && only("hae") && token.find('h') != std::string_view::npos &&
      token.find_first_of("ae") != std::string_view::npos) {
    return true;
  }
  return token.size() >= 3 && only("lo") && token.starts_with("lo") && token.ends_with('l');
}

// Words of `phrase` matching `tokens` from `at`; 0 when it does not match.
std::size_t match(std::string_view phrase, const std::vector<std::string>& tokens, std::size_t at) {
  std::size_t used = 0;
  while (!phrase.empty()) {
    const std::size_t space = phrase.find(' ');
    const std::string_view word = phrase.substr(0, space);
    if (at + used >= tokens.size() || tokens[at + used] != word) return 0;
    ++used;
    phrase = space == std::string_view::npos ? "" : phrase.substr(space + 1);
  }
  return used;
}

// The longest phrase at `at`: {words used, category}; {0, _} when none.
std::pair<std::size_t, int> longest_phrase(const std::vector<std::string>& tokens, std::size_t at) {
  std::pair<std::size_t, int> best{0, kYouPrefix};
  for (const auto& phrase : kPhrases) {
    const std::size_t used = match(phrase.text, tokens, at);
    if (used > best.first) best = {used, phrase.category};
  }
  if (best.first == 0 && is_laughter(tokens[at])) best = {1, kLaugh};
  return best;
}

}  // namespace

const std::vector<std::string>& smalltalk_categories() {
  static const std::vector<std::string> kNames = {
      "insult", "tease",  "who_are_you", "how_are_you", "affection", "compliment",
      "sorry",  "thanks", "bye",         "greeting",    "laugh"};
  return kNames;
}

std::optional<std::string> classify_smalltalk(std::string_view message) {
  if (message.size() > kMaxMessageBytes) return std::nullopt;
  const std::vector<std::string> tokens = normalise(message);
  if (tokens.empty() || tokens.size() > kMaxTokens) return std::nullopt;
  int found = kCategoryCount;
  for (std::size_t at = 0; at < tokens.size();) {
    const auto [used, category] = longest_phrase(tokens, at);
    if (used > 0) {
      if (category != kYouPrefix) found = std::min(found, category);
      at += used;
    } else if (std::find(kFillers.begin(), kFillers.end(), tokens[at]) != kFillers.end()) {
      ++at;
    } else {
      return std::nullopt;  // a word small talk does not use: a real question
    }
  }
  if (found == kCategoryCount) return std::nullopt;
  return smalltalk_categories()[static_cast<std::size_t>(found)];
}

}  // namespace lenbot
