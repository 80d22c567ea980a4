#pragma once
// The persona file: how the bot talks (openers, closers, declines, small talk, moods), never
// what it knows. Story facts come only from the article at run time.
#include <map>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace lenbot {

// A tone the bot takes when a reply touches one of `entities` ("Irina" -> subdued) or its
// answer speaks of one of `topics` ("shot", "suicide" -> subdued: no "heh" after a death).
struct Mood {
  std::string name;
  std::vector<std::string> entities;  // matched case-insensitively, as whole words
  std::vector<std::string> topics;    // words of the answer that set the mood; may be empty
  std::vector<std::string> openers;   // replace the persona's openers while the mood holds
  // Openers that name the entity ("Oh, Rin?"): only when the fan named it in the question.
  std::vector<std::string> named_openers;
  std::vector<std::string> closers;  // "" entries mean "no closer this time"
};

// The mood a reply takes and whether the fan named its entity (so a naming opener fits).
struct MoodChoice {
  const Mood* mood = nullptr;
  bool named = false;
};

struct Persona {
  std::string name;                     // "Kagamine Len"; lines may say "{name}"
  std::string username;                 // what a chat webhook shows as the author
  std::string avatar_url;               // the webhook avatar; empty means the channel's default
  std::vector<std::string> openers;     // "Yo!", "Heh,"; "" means no opener
  std::vector<std::string> closers;     // "orz"; "" means no closer
  std::vector<std::string> connectors;  // between facts: "Also,"; may be empty
  // Question type ("who", "why", "yes", "no", "default", ...) -> frames holding "{answer}" once:
  // how the answer sentence is framed, so a second persona changes wording without code.
  std::map<std::string, std::vector<std::string>, std::less<>> answer_frames;
  std::vector<std::string> declines;  // "{topic1}" and optionally "{topic2}"
  std::vector<std::string> shrugs;    // declines with nothing to suggest
  std::map<std::string, std::vector<std::string>, std::less<>> smalltalk;  // category -> lines
  std::vector<Mood> moods;                                                 // first match wins
  std::vector<std::string> quote_frames;  // each holds "{quote}" once
  std::vector<std::string> sprinkles;     // voice-only asides, added now and then
  int sprinkle_one_in = 0;                // 1 reply in N gets a sprinkle; 0 = never
  std::string error_line;                 // said when something inside broke
  // When the spoiler shield hides the answer: "{part}" is where it happens ("Part 4"). Optional;
  // without them a hidden answer is declined like any other.
  std::vector<std::string> spoilers;
};

// A persona file that cannot be used; `key()` names the offending key ("moods[2].openers").
class PersonaError : public std::runtime_error {
 public:
  PersonaError(std::string key, const std::string& problem);
  const std::string& key() const { return key_; }

 private:
  std::string key_;
};

// The small-talk categories every persona must have lines for.
const std::vector<std::string>& required_smalltalk_categories();

// The first mood (in file order) with an entity that one of `entities` names as a whole word,
// case-insensitively ("Hatsune Miku" hits "Miku"); nullptr when none does.
const Mood* find_mood(const Persona& persona, const std::vector<std::string>& entities);

// The mood for a reply: the first mood (file order) whose topic word `answer` says, else the
// first whose entity the fan named in `asked` and `answer` names too, else the first whose
// entity the answer's people `answered` name. `named` says the fan named it and `answer` names
// it in its first few words (it is what the answer is about), so an opener may name it back.
MoodChoice choose_mood(const Persona& persona, const std::vector<std::string>& asked,
                       const std::vector<std::string>& answered, std::string_view answer);

// Validates and converts a parsed persona document; throws PersonaError naming the bad key.
Persona parse_persona(const nlohmann::json& document);

// Reads, parses and validates the persona file at `path`; throws PersonaError (key "file" when
// the file is missing or not JSON).
Persona load_persona(const std::string& path);

}  // namespace lenbot
