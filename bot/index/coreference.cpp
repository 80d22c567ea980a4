#include "bot/index/coreference.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace lenbot {
namespace {

// A word of a segment with where it sits: the mention spans point into the text.
struct Token {
  std::string word;  // lowercase letters (and inner hyphens: "abe-san")
  int start = 0;
  int end = 0;  // past the word, or past its "'s"
  bool capitalised = false;
  bool possessive = false;      // followed by 's
  bool clause_start = false;    // after , ; : or "and"/"but": a new clause begins here
  bool ends_sentence = false;   // . ! ? follows it
  bool joined_to_next = false;  // only a space between it and the next word
};

bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// An apostrophe, ASCII or the right single quotation mark (U+2019).
std::size_t apostrophe_at(std::string_view text, std::size_t i) {
  if (i < text.size() && text[i] == '\'') return 1;
  if (text.substr(i, 3) == "\xE2\x80\x99") return 3;
  return 0;
}

std::vector<Token> tokens_of(std::string_view text) {
  std::vector<Token> tokens;
  bool clause_start = true;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_letter(text[i])) {
      const char c = text[i];
      if (c == ',' || c == ';' || c == ':') clause_start = true;
      if ((c == '.' || c == '!' || c == '?') && !tokens.empty()) {
        tokens.back().ends_sentence = true;
        clause_start = true;
      }
      ++i;
      continue;
    }
    Token t;
    const std::size_t start = i;
    t.start = static_cast<int>(start);
    t.capitalised = std::isupper(static_cast<unsigned char>(text[i])) != 0;
    while (i < text.size() && (is_letter(text[i]) ||
                               (text[i] == '-' && i + 1 < text.size() && is_letter(text[i + 1])))) {
      ++i;
    }
    t.word = lower(text.substr(start, i - start));
    t.end = static_cast<int>(i);
    // "Len's" is Len; "she'd", "wasn't": the word before the apostrophe.
    if (const std::size_t a = apostrophe_at(text, i); a > 0) {
      std::size_t j = i + a;
      const std::size_t suffix = j;
      while (j < text.size() && is_letter(text[j])) ++j;
      if (lower(text.substr(suffix, j - suffix)) == "s") {
        t.possessive = true;
        t.end = static_cast<int>(j);
      }
      i = j;
    }
    if (t.word == "and" || t.word == "but") {
      clause_start = true;
    } else {
      t.clause_start = clause_start;
      clause_start = false;
    }
    if (!tokens.empty() && !tokens.back().ends_sentence) {
      tokens.back().joined_to_next =
          text.substr(static_cast<std::size_t>(tokens.back().end),
                      static_cast<std::size_t>(t.start - tokens.back().end)) == " ";
    }
    tokens.push_back(std::move(t));
  }
  return tokens;
}

// A mention after one of these in its clause is not the clause's subject ("..., with the
// supposedly dead Ronald McDonald nearby").
bool is_preposition(std::string_view w) {
  return w == "with" || w == "to" || w == "of" || w == "by" || w == "for" || w == "from" ||
         w == "at" || w == "in" || w == "on" || w == "into" || w == "over" || w == "about" ||
         w == "under" || w == "like" || w == "towards" || w == "against" || w == "than";
}

bool is_male_pronoun(std::string_view w) {
  return w == "he" || w == "him" || w == "his" || w == "himself";
}
bool is_female_pronoun(std::string_view w) {
  return w == "she" || w == "her" || w == "hers" || w == "herself";
}
bool is_plural_pronoun(std::string_view w) {
  return w == "they" || w == "them" || w == "their" || w == "themselves";
}
// Words after which "both" or a description is not a person on its own ("both her behavior").
bool is_determiner(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "her" || w == "his" || w == "their" ||
         w == "its" || w == "of" || w == "my" || w == "your";
}

enum class Case { kSubject, kObject, kPossessive, kReflexive };

Case case_of(const std::vector<Token>& tokens, std::size_t i, const NounTest& is_noun) {
  const std::string& w = tokens[i].word;
  if (w == "he" || w == "she" || w == "they") return Case::kSubject;
  if (w == "his" || w == "their") return Case::kPossessive;
  if (w.ends_with("self") || w.ends_with("selves")) return Case::kReflexive;
  // "her" is possessive before a noun ("her hands"), an object elsewhere ("cheer her up").
  if (w == "her" && i + 1 < tokens.size() && tokens[i].joined_to_next &&
      !is_determiner(tokens[i + 1].word) && is_noun(tokens[i + 1].word)) {
    return Case::kPossessive;
  }
  return Case::kObject;
}

// What is known of who was mentioned so far: the paragraph's history and the sentence's.
struct Context {
  struct Entry {
    std::string person;
    bool clause_subject = false;  // the first mention of its clause
    int clause = 0;
    Gender pronoun = Gender::kUnknown;  // the pronoun's gender; unknown for names
  };
  std::vector<Entry> sentence;         // this sentence's single-person mentions, in order
  std::vector<std::string> paragraph;  // the paragraph's single-person mentions, in order
  std::vector<std::string> named;      // the paragraph's named people, in order
  std::string previous_subject;        // the last clause subject of the sentence before
  std::vector<std::string> group;      // the paragraph's last "the two"/"both"
  std::vector<std::string> pair;       // the sentence's "X and Y", if it has one
  bool group_in_sentence = false;      // `group` was said in this sentence ("both ... their")
  int clause = 0;
  bool clause_has_mention = false;
  bool clause_has_preposition = false;

  // `joined`: the second of "X and Y", which shares X's role rather than opening a clause.
  void add(const std::string& person, Gender pronoun = Gender::kUnknown, bool joined = false) {
    sentence.push_back(
        {person, !clause_has_mention && !clause_has_preposition && !joined, clause, pronoun});
    clause_has_mention = true;
    paragraph.push_back(person);
  }
  void new_clause() {
    ++clause;
    clause_has_mention = false;
    clause_has_preposition = false;
  }
  void new_sentence() {
    for (auto it = sentence.rbegin(); it != sentence.rend(); ++it) {
      if (it->clause_subject) {
        previous_subject = it->person;
        break;
      }
    }
    sentence.clear();
    pair.clear();
    group_in_sentence = false;
    new_clause();
  }
};

class Resolver {
 public:
  Resolver(const PersonCatalog& catalog, const NounTest& is_noun)
      : catalog_(catalog), is_noun_(is_noun) {}

  SegmentPersons resolve(const Segment& segment, bool new_paragraph) {
    if (new_paragraph) {
      context_ = Context{};
      section_person_ = section_person(segment.section);
    }
    const std::vector<Token> tokens = tokens_of(segment.text);
    last_name_end_ = static_cast<std::size_t>(-1);
    SegmentPersons out;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].clause_start) context_.new_clause();
      const std::size_t last = read_mention(tokens, i, segment.text, out.mentions);
      if (is_preposition(tokens[i].word)) context_.clause_has_preposition = true;
      const bool ends = tokens[last].ends_sentence;
      i = last;
      if (ends) context_.new_sentence();
    }
    std::set<std::string> persons;
    for (const auto& m : out.mentions) persons.insert(m.persons.begin(), m.persons.end());
    out.persons.assign(persons.begin(), persons.end());
    return out;
  }

 private:
  bool compatible(const std::string& person, Gender gender, bool strict) const {
    const auto it = catalog_.genders.find(person);
    const Gender g = it == catalog_.genders.end() ? Gender::kUnknown : it->second;
    return g == gender || (!strict && g == Gender::kUnknown);
  }

  // The person a section is named for ("Kagamine Rin", "The Uploader"), if any.
  std::string section_person(const std::string& section) const {
    std::string person;
    for (const auto& t : tokens_of(section)) {
      if (auto it = catalog_.names.find(t.word); it != catalog_.names.end()) person = it->second;
    }
    return person;
  }

  // Reads the mention starting at tokens[i], if any, into `mentions`; returns the index of its
  // last token (i when there is none or it is one word).
  std::size_t read_mention(const std::vector<Token>& tokens, std::size_t i, std::string_view text,
                           std::vector<Mention>& mentions) {
    const Token& t = tokens[i];
    const auto next_is_noun = [&](std::size_t at) {
      // A possessive owns the noun after it ("the dog's self"), it does not modify it.
      return at + 1 < tokens.size() && tokens[at].joined_to_next && !tokens[at].possessive &&
             !is_determiner(tokens[at + 1].word) && is_noun_(tokens[at + 1].word);
    };
    const auto emit = [&](std::size_t first, std::size_t last, MentionKind kind,
                          std::vector<std::string> persons) {
      Mention m;
      m.start = tokens[first].start;
      m.length = tokens[last].end - tokens[first].start;
      m.surface = std::string(
          text.substr(static_cast<std::size_t>(m.start), static_cast<std::size_t>(m.length)));
      m.kind = kind;
      m.persons = std::move(persons);
      m.possessive = tokens[last].possessive;
      mentions.push_back(std::move(m));
    };
    // A name, possibly of several words ("Hatsune Miku", "Camui Gackpo"): the last names whom.
    if (catalog_.names.contains(t.word)) {
      std::size_t last = i;
      while (last + 1 < tokens.size() && tokens[last].joined_to_next && !tokens[last].possessive &&
             tokens[last + 1].capitalised && catalog_.names.contains(tokens[last + 1].word)) {
        ++last;
      }
      const std::string& person = catalog_.names.at(tokens[last].word);
      // "Len and Kagamine Rin": a pair "the two" and "both" may mean.
      const bool joined = i >= 2 && tokens[i - 1].word == "and" && i - 2 == last_name_end_ &&
                          !mentions.empty() && mentions.back().persons.size() == 1 &&
                          mentions.back().persons[0] != person;
      if (joined && context_.pair.empty()) context_.pair = {mentions.back().persons[0], person};
      last_name_end_ = last;
      emit(i, last, MentionKind::kName, {person});
      context_.add(person, Gender::kUnknown, joined);
      context_.named.push_back(person);
      return last;
    }
    // "the dog": a description the article equates with a person, unless it modifies a noun
    // ("the dog data file", "his dog programming").
    if (auto it = catalog_.descriptions.find(t.word);
        it != catalog_.descriptions.end() && !next_is_noun(i)) {
      const bool the = i > 0 && tokens[i - 1].word == "the" && tokens[i - 1].joined_to_next;
      emit(the ? i - 1 : i, i, MentionKind::kDescription, {it->second});
      context_.add(it->second);
      return i;
    }
    // "the former", "the latter": the paragraph's last two people named.
    if ((t.word == "former" || t.word == "latter") && i > 0 && tokens[i - 1].word == "the" &&
        !next_is_noun(i)) {
      // The sentence's "X and Y" if it has one, else the last two people named.
      std::vector<std::string> two = context_.pair;
      if (two.empty()) {
        two = last_distinct(context_.named, 2);
        std::reverse(two.begin(), two.end());
      }
      if (two.size() == 2) {
        const std::string& person = t.word == "latter" ? two[1] : two[0];
        emit(i - 1, i, MentionKind::kDescription, {person});
        context_.add(person);
      }
      return i;
    }
    // "the two (of them)", "both": the last two people mentioned.
    const bool the_two =
        t.word == "two" && i > 0 && tokens[i - 1].word == "the" && !next_is_noun(i);
    const bool both = t.word == "both" && i + 1 < tokens.size() &&
                      !is_determiner(tokens[i + 1].word) && !is_noun_(tokens[i + 1].word) &&
                      !is_plural_pronoun(tokens[i + 1].word) &&
                      (i == 0 || !is_plural_pronoun(tokens[i - 1].word));
    if (the_two || both || is_plural_pronoun(t.word)) {
      std::size_t first = the_two ? i - 1 : i;
      std::size_t last = i;
      if (the_two && i + 2 < tokens.size() && tokens[i + 1].word == "of" &&
          tokens[i + 2].word == "them") {
        last = i + 2;
      }
      // "the two" and "both" go on meaning the pair they meant, else the sentence's "X and Y";
      // "they" and any first "the two" the last two people mentioned.
      auto two = last_distinct(context_.paragraph, 2);
      if (is_plural_pronoun(t.word) && context_.group_in_sentence) {
        two = context_.group;  // "both having their programming wiped"
      } else if (!is_plural_pronoun(t.word)) {
        if (!context_.pair.empty()) {
          two = context_.pair;
        } else if (!context_.group.empty()) {
          two = context_.group;
        }
      }
      if (two.size() < 2 && !catalog_.protagonist.empty() &&
          std::find(two.begin(), two.end(), catalog_.protagonist) == two.end()) {
        two.push_back(catalog_.protagonist);
      }
      if (two.size() == 2) {
        std::sort(two.begin(), two.end());
        if (!is_plural_pronoun(t.word)) {
          context_.group = two;
          context_.group_in_sentence = true;
        }
        emit(first, last, is_plural_pronoun(t.word) ? MentionKind::kPronoun : MentionKind::kGroup,
             two);
      }
      return last;
    }
    const bool male = is_male_pronoun(t.word);
    if (male || is_female_pronoun(t.word)) {
      const Gender gender = male ? Gender::kMale : Gender::kFemale;
      const Case c = case_of(tokens, i, is_noun_);
      const std::string person = antecedent(gender, c);
      if (!person.empty()) {
        emit(i, i, MentionKind::kPronoun, {person});
        mentions.back().possessive = c == Case::kPossessive;
        context_.add(person, gender);
      }
    }
    return i;
  }

  // Up to `n` distinct people, most recent first.
  static std::vector<std::string> last_distinct(const std::vector<std::string>& history,
                                                std::size_t n) {
    std::vector<std::string> out;
    for (auto it = history.rbegin(); it != history.rend() && out.size() < n; ++it) {
      if (std::find(out.begin(), out.end(), *it) == out.end()) out.push_back(*it);
    }
    return out;
  }

  // Subject and possessive pronouns prefer a pronoun of their own clause, then the latest
  // clause subject of their gender in the sentence, then anyone of it there; an object pronoun
  // the latest person who is not its own clause's subject ("Camui stood, and Len listened to
  // him"). Then the last clause subject of the sentence before, the latest in the paragraph, the
  // section's person, the protagonist.
  std::string antecedent(Gender gender, Case c) const {
    // People of a known gender first: one of unknown gender fits any pronoun, but only when
    // no one known does, first in the sentence, then before it.
    for (bool strict : {true, false}) {
      if (auto p = in_sentence(gender, c, strict); !p.empty()) return p;
    }
    for (bool strict : {true, false}) {
      if (auto p = before_sentence(gender, strict); !p.empty()) return p;
    }
    return "";
  }

  std::string in_sentence(Gender gender, Case c, bool strict) const {
    const auto& sentence = context_.sentence;
    const auto fits = [&](const std::string& p) { return compatible(p, gender, strict); };
    if (c == Case::kObject) {
      for (auto it = sentence.rbegin(); it != sentence.rend(); ++it) {
        const bool own_subject = it->clause == context_.clause && it->clause_subject;
        if (!own_subject && fits(it->person)) return it->person;
      }
      return "";
    }
    // A pronoun chain in the clause ("to him ... about his past"), else the latest clause
    // subject ("Len stole the uploader's bag, ... and found his memories"), else anyone.
    for (auto it = sentence.rbegin(); it != sentence.rend(); ++it) {
      if (it->clause == context_.clause && it->pronoun == gender && fits(it->person)) {
        return it->person;
      }
    }
    for (auto it = sentence.rbegin(); it != sentence.rend(); ++it) {
      if (it->clause_subject && fits(it->person)) return it->person;
    }
    for (auto it = sentence.rbegin(); it != sentence.rend(); ++it) {
      if (fits(it->person)) return it->person;
    }
    return "";
  }

  std::string before_sentence(Gender gender, bool strict) const {
    const auto fits = [&](const std::string& p) { return compatible(p, gender, strict); };
    if (!context_.previous_subject.empty() && fits(context_.previous_subject)) {
      return context_.previous_subject;
    }
    for (auto it = context_.paragraph.rbegin(); it != context_.paragraph.rend(); ++it) {
      if (fits(*it)) return *it;
    }
    if (!section_person_.empty() && fits(section_person_)) return section_person_;
    if (!catalog_.protagonist.empty() && fits(catalog_.protagonist)) return catalog_.protagonist;
    return "";
  }

  const PersonCatalog& catalog_;
  const NounTest& is_noun_;
  Context context_;
  std::string section_person_;
  std::size_t last_name_end_ = static_cast<std::size_t>(-1);  // a name's last token, this segment
};

// The people a sentence names, by the catalog's names alone.
std::set<std::string> named_in(const std::vector<Token>& sentence, const PersonCatalog& catalog) {
  std::set<std::string> people;
  for (const auto& t : sentence) {
    if (auto it = catalog.names.find(t.word); it != catalog.names.end()) people.insert(it->second);
  }
  return people;
}

// The article's sentences as token lists (segments split at sentence ends).
std::vector<std::vector<Token>> sentences_of(const Article& article) {
  std::vector<std::vector<Token>> sentences(1);
  for (const auto& s : article.segments) {
    for (auto& t : tokens_of(s.text)) {
      const bool ends = t.ends_sentence;
      sentences.back().push_back(std::move(t));
      if (ends) sentences.emplace_back();
    }
  }
  return sentences;
}

// The protagonist is "he" (or "she") in nearly every sentence, named or not, so a pronoun of
// their gender is no evidence about anyone else. One of the other gender is: in a sentence
// naming one other person, two such pronouns make that person of the other gender. Others met
// beside a pronoun of the protagonist's gender only are taken to share it; people never met
// beside a pronoun stay unknown (either pronoun may mean them).
void vote_genders(const std::vector<std::vector<Token>>& sentences, Gender main_gender,
                  PersonCatalog& catalog, const std::map<std::string, int>& named_count) {
  if (main_gender == Gender::kUnknown) return;
  const Gender other = main_gender == Gender::kMale ? Gender::kFemale : Gender::kMale;
  const auto is_main = main_gender == Gender::kMale ? is_male_pronoun : is_female_pronoun;
  std::map<std::string, int> same_votes, other_votes;
  for (const auto& sentence : sentences) {
    auto people = named_in(sentence, catalog);
    people.erase(catalog.protagonist);
    if (people.size() != 1) continue;
    for (const auto& t : sentence) {
      if (is_main(t.word)) {
        ++same_votes[*people.begin()];
      } else if (is_male_pronoun(t.word) || is_female_pronoun(t.word)) {
        ++other_votes[*people.begin()];
      }
    }
  }
  constexpr int kOtherGenderVotes = 2;
  for (const auto& [person, count] : named_count) {
    if (person == catalog.protagonist) continue;
    catalog.genders[person] = other_votes[person] >= kOtherGenderVotes ? other
                              : same_votes[person] > 0                 ? main_gender
                                                                       : Gender::kUnknown;
  }
}

}  // namespace

std::string_view gender_name(Gender gender) {
  switch (gender) {
    case Gender::kMale:
      return "male";
    case Gender::kFemale:
      return "female";
    default:
      return "unknown";
  }
}

std::string_view mention_kind_name(MentionKind kind) {
  switch (kind) {
    case MentionKind::kName:
      return "name";
    case MentionKind::kPronoun:
      return "pronoun";
    case MentionKind::kGroup:
      return "group";
    default:
      return "description";
  }
}

PersonCatalog build_person_catalog(const Article& article, const Lexicon& lexicon,
                                   const NounTest& is_noun) {
  PersonCatalog catalog;
  for (const auto& e : lexicon.entries) {
    if (e.kind == "person") catalog.names[e.from] = e.from;
  }
  for (const auto& e : lexicon.entries) {
    // An alias of a person ("gackpo" -> camui); a word that is a person itself stays theirs.
    if (e.kind == "alias" && catalog.names.contains(e.to) && !catalog.names.contains(e.from) &&
        e.from.find(' ') == std::string::npos) {
      catalog.names[e.from] = e.to;
    }
  }
  const auto sentences = sentences_of(article);
  // The protagonist is the person named most often; the infobox's "Gender" is theirs.
  std::map<std::string, int> named_count;
  for (const auto& sentence : sentences) {
    for (const auto& p : named_in(sentence, catalog)) ++named_count[p];
  }
  for (const auto& [person, count] : named_count) {
    if (catalog.protagonist.empty() || count > named_count[catalog.protagonist]) {
      catalog.protagonist = person;
    }
  }
  Gender main_gender = Gender::kUnknown;
  for (const auto& fact : article.profile) {
    const std::string value = lower(fact.value);
    if (fact.key == "Gender" && value == "male") main_gender = Gender::kMale;
    if (fact.key == "Gender" && value == "female") main_gender = Gender::kFemale;
  }
  catalog.genders[catalog.protagonist] = main_gender;
  vote_genders(sentences, main_gender, catalog, named_count);
  // "Len was the dog": the noun stands for the person wherever the article uses it.
  for (const auto& sentence : sentences) {
    for (std::size_t i = 0; i + 2 < sentence.size(); ++i) {
      const auto name = catalog.names.find(sentence[i].word);
      if (name == catalog.names.end() || !sentence[i].capitalised ||
          sentence[i + 1].word != "was" || sentence[i + 2].word != "the" ||
          i + 3 >= sentence.size()) {
        continue;
      }
      const Token& noun = sentence[i + 3];
      const bool modifies =
          i + 4 < sentence.size() && noun.joined_to_next && is_noun(sentence[i + 4].word);
      if (is_noun(noun.word) && !modifies && !catalog.names.contains(noun.word)) {
        catalog.descriptions.emplace(noun.word, name->second);
      }
    }
  }
  return catalog;
}

std::vector<SegmentPersons> resolve_coreference(const std::vector<Segment>& segments,
                                                const PersonCatalog& catalog,
                                                const NounTest& is_noun) {
  Resolver resolver(catalog, is_noun);
  std::vector<SegmentPersons> out;
  out.reserve(segments.size());
  int paragraph = -1;
  for (const auto& s : segments) {
    out.push_back(resolver.resolve(s, s.paragraph != paragraph || out.empty()));
    paragraph = s.paragraph;
  }
  return out;
}

}  // namespace lenbot
