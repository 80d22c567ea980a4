#include "bot/persona/person_rewrite.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <vector>

#include "bot/persona/closed_word_classes.h"
#include "bot/text/word_tokens.h"

namespace lenbot {
namespace {

using words::Person;

std::string capitalised(std::string word, bool capital) {
  if (capital && !word.empty()) {
    word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
  }
  return word;
}

bool is_space_only(std::string_view sep) {
  return !sep.empty() && sep.find_first_not_of(' ') == std::string_view::npos;
}

// One pass over one text. The state is a small model of English reference: `topic_` is who a
// bare "he" means (Len unless another male opened the main clause), `subject_` is the subject
// of the clause being read (a "him" there is not that subject), and `other_acts_` says another
// male has acted in this sentence, after which "his" is his, not Len's.
class Rewriter {
 public:
  Rewriter(std::string_view text, const std::vector<Referent>& referents)
      : text_(text), referents_(referents), tokens_(split_words(text)) {
    out_.reserve(tokens_.words.size());
    for (const auto& word : tokens_.words) out_.emplace_back(word.text);
    drop_sep_.assign(tokens_.words.size(), false);
  }

  std::string run() {
    for (std::size_t k = 0; k < size(); ++k) {
      if (word(k).quoted) continue;
      if (word(k).sentence_start) other_acts_ = pair_subject_ = pair_in_sentence_ = false;
      k = rewrite_at(k);
    }
    return assemble();
  }

 private:
  std::size_t size() const { return tokens_.words.size(); }
  const WordToken& word(std::size_t k) const { return tokens_.words[k]; }
  std::string_view bare(std::size_t k) const { return k < size() ? word(k).bare : ""; }
  bool plain_before(std::size_t k) const { return k < size() && is_space_only(word(k).sep_before); }
  bool plain_word(std::size_t k) const { return plain_before(k) && !word(k).quoted; }

  // Rewrites the word (or name) starting at `k`; returns the index of its last word.
  std::size_t rewrite_at(std::size_t k) {
    const std::string_view w = word(k).text;
    if (const Referent* r = referent_at(k)) {
      if (const auto last = rewrite_referent(k, *r)) return *last;
    }
    if (w == "There" && word(k).sentence_start) {
      if (const auto last = rewrite_there_was(k)) return *last;
    }
    if ((w == "the" || w == "The") && plain_word(k + 1) && word(k + 1).text.starts_with("dog") &&
        bare(k + 1) == "dog") {
      return rewrite_the_dog(k);
    }
    if (pair_in_sentence_) {
      if (const auto last = rewrite_pair_word(k)) return *last;
    }
    if (bare(k) == "Kagamine" && plain_word(k + 1) && bare(k + 1) == "Len") {
      return rewrite_len(k, k + 1);
    }
    if (bare(k) == "Len") return rewrite_len(k, k);
    if (const std::size_t last = name_end(k);
        words::person_of(bare(k)) != Person::kNone || last > k) {
      drop_family_names(k, last);
      note_person(k, last, person_in(k, last));
      return last;
    }
    if (w == "he" || w == "He") rewrite_he(k);
    if (w.size() > 3 && (w.starts_with("he'") || w.starts_with("He'"))) rewrite_he_contraction(k);
    if (w == "him" || w == "Him") rewrite_him(k);
    if (w == "his" || w == "His") rewrite_his(k);
    if (w == "himself" || w == "Himself") rewrite_himself(k);
    if (w == "she" || w == "She") set_subject(Person::kFemale);
    if (pair_subject_ && rewrite_pair_pronoun(k)) return k;
    if (w == "they" || w == "They" || w == "we") set_subject(Person::kNone);
    if (w == "her" && subject_ == Person::kLen) her_since_subject_ = true;
    if ((w == "that" || w == "which") && plain_word(k + 1) && words::is_finite_verb(bare(k + 1))) {
      set_subject(Person::kNone);  // "all that was happening around him": a non-person subject
    }
    return k;
  }

  // The stored referent of the span starting at word `k`, if any.
  const Referent* referent_at(std::size_t k) const {
    const auto start = static_cast<int>(word(k).text.data() - text_.data());
    const auto it = std::lower_bound(referents_.begin(), referents_.end(), start,
                                     [](const Referent& r, int at) { return r.start < at; });
    return it != referents_.end() && it->start == start ? &*it : nullptr;
  }

  // Says the span at `k` as its referent says; nullopt leaves it to the heuristic.
  std::optional<std::size_t> rewrite_referent(std::size_t k, const Referent& r) {
    const std::string lower = lower_word(word(k).text);
    const bool male = lower == "he" || lower == "him" || lower == "his" || lower == "himself";
    const bool female = lower == "she" || lower == "her" || lower == "hers" || lower == "herself";
    const bool plural = lower == "they" || lower == "them" || lower == "their";
    if (r.who == Referent::Who::kLenAndOther && (lower == "the" || lower == "both")) {
      return rewrite_pair_word(k);  // "the two" / "both" meaning Len and another
    }
    if (r.who == Referent::Who::kLenAndOther && plural) {
      pair_subject_ = lower == "they";
      rewrite_pair_pronoun(k);
      if (lower == "they") pair_in_sentence_ = true;
      return k;
    }
    if (r.who == Referent::Who::kLen && male) return rewrite_len_pronoun(k, lower);
    if (r.who != Referent::Who::kOther || !(male || female)) return std::nullopt;
    const Person person = male ? Person::kMale : Person::kFemale;
    if (!r.name.empty() && !lower.ends_with("self")) {
      const bool owns = lower == "his" || lower == "hers" || (lower == "her" && r.possessive);
      out_[k] = capitalised(r.name + (owns ? "'s" : ""), word(k).sentence_start);
    }
    if (lower == "he" || lower == "she") {
      set_subject(person);
      if (male) other_acts_ = true;
      if (male && opens_main_clause(k)) topic_ = Person::kMale;
    } else if (lower == "her" && subject_ == Person::kLen) {
      her_since_subject_ = true;
    }
    return k;
  }

  // A pronoun the coreference says is Len: "he" -> "I" (the verb agrees), "him" -> "me".
  std::size_t rewrite_len_pronoun(std::size_t k, const std::string& lower) {
    const bool capital = word(k).sentence_start;
    if (lower == "he") {
      out_[k] = "I";
      become_subject(k);
    } else if (lower == "him") {
      out_[k] = capitalised("me", capital);
    } else if (lower == "himself") {
      out_[k] = capitalised("myself", capital);
    } else {
      const bool stands_alone =  // "the bag was his."
          k + 1 >= size() ||
          word(k + 1).sep_before.find_first_of(".,;:!?") != std::string_view::npos;
      out_[k] = capitalised(stands_alone ? "mine" : "my", capital);
    }
    return k;
  }

  // "There was originally a stray dog", the dog being Len: "I was originally a stray dog".
  // Only a description of Len a few words on, in the same clause, makes the change.
  std::optional<std::size_t> rewrite_there_was(std::size_t k) {
    if (!plain_word(k + 1) || bare(k + 1) != "was") return std::nullopt;
    constexpr std::size_t kReach = 5;
    for (std::size_t j = k + 2; j < k + 2 + kReach && plain_word(j); ++j) {
      const Referent* r = referent_at(j);
      if (r == nullptr) continue;
      if (r->who != Referent::Who::kLen) break;
      out_[k] = "I";
      set_subject(Person::kLen);
      topic_ = Person::kLen;
      return k + 1;
    }
    return std::nullopt;
  }

  static std::string lower_word(std::string_view w) {
    std::string out(w);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  }

  // A word of another person's name: "Kagamine", "Camui", "Miku" (Len has his own path).
  static bool is_name_part(std::string_view w) {
    return w == "Kagamine" ||
           (w != "Len" && words::is_name_word(w) && words::person_of(w) != Person::kNone);
  }

  // The last word of the name starting at `k` ("Camui Gackpo", "Hatsune Miku"); `k` itself
  // when no name continues there.
  std::size_t name_end(std::size_t k) const {
    std::size_t last = k;
    while (!word(last).possessive && is_name_part(bare(last)) && plain_word(last + 1) &&
           is_name_part(bare(last + 1))) {
      ++last;
    }
    return last;
  }

  Person person_in(std::size_t first, std::size_t last) const {
    for (std::size_t k = first; k <= last; ++k) {
      if (const Person p = words::person_of(bare(k)); p != Person::kNone) return p;
    }
    return Person::kNone;
  }

  // The first word after `k` that is not an adverb, on plain spaces only.
  std::optional<std::size_t> verb_after(std::size_t k) const {
    std::size_t next = k + 1;
    while (plain_word(next) && words::is_adverb(bare(next))) ++next;
    if (!plain_word(next)) return std::nullopt;
    return next;
  }

  bool finite_verb_after(std::size_t k) const {
    const auto next = verb_after(k);
    return next && words::is_finite_verb(bare(*next));
  }

  bool sep_has(std::size_t k, std::string_view chars) const {
    return word(k).sep_before.find_first_of(chars) != std::string_view::npos;
  }

  // A name at `k` opens a clause: sentence start, after , ; : ( or a conjunction.
  bool opens_clause(std::size_t k) const {
    if (word(k).sentence_start || sep_has(k, ",;:(")) return true;
    return plain_before(k) && k > 0 && words::opens_clause(bare(k - 1));
  }

  bool opens_main_clause(std::size_t k) const {
    if (word(k).sentence_start || sep_has(k, ",;:(")) return true;
    return plain_before(k) && k > 0 && words::opens_main_clause(bare(k - 1));
  }

  // Another person is named: if they act here, they become the clause subject.
  void note_person(std::size_t first, std::size_t last, Person person) {
    if (word(last).possessive) return;
    const std::string_view next = last + 1 < size() ? bare(last + 1) : "";
    const bool plain_next = plain_word(last + 1);
    const bool finite = finite_verb_after(last);
    const bool appositive = word(first).sentence_start && last + 1 < size() &&
                            word(last + 1).sep_before.starts_with(',');
    const bool to_agent = next == "to" && person == Person::kFemale;  // "for Miku to rebuke him"
    const bool acts =
        finite || appositive || next == "who" || (plain_next && (to_agent || is_participle(next)));
    if (!acts) return;
    set_subject(person);
    if (person != Person::kMale) return;
    other_acts_ = true;
    if ((finite || appositive) && opens_main_clause(first)) topic_ = Person::kMale;
  }

  std::size_t rewrite_len(std::size_t first, std::size_t last) {
    if (first > 0 && plain_before(first) &&
        (bare(first - 1) == "the" || bare(first - 1) == "The")) {
      // "the Kagamine Len program": the name used as a label, which is Len's own thing.
      if (!plain_word(last + 1) || !words::is_label_noun(bare(last + 1))) return last;
      out_[first - 1] = capitalised("my", word(first - 1).sentence_start);
      drop_words(first, last);
      return last;
    }
    drop_name_words(first, last);
    if (word(last).possessive) {
      out_[first] = capitalised("my", word(first).sentence_start);
      if (opens_clause(first)) set_subject(Person::kNone);  // "Len's resolve allowed him"
      return last;
    }
    if (const auto end = rewrite_len_and_name(first, last)) return *end;
    const std::optional<bool> paired = coordinated_subject(first);
    const bool subject = paired.value_or(finite_verb_after(last) || opens_clause(first));
    if (!subject || (plain_word(last + 1) && is_participle(bare(last + 1)))) {
      out_[first] = capitalised("me", word(first).sentence_start);  // "Len figuring out" too
      return last;
    }
    out_[first] = "I";
    become_subject(last);
    pair_subject_ = paired.has_value();
    pair_in_sentence_ = pair_in_sentence_ || pair_subject_;
    return last;
  }

  // "Kagamine Len" becomes one word: the later words vanish with the space before them.
  void drop_name_words(std::size_t first, std::size_t last) {
    for (std::size_t k = first + 1; k <= last; ++k) {
      out_[k].clear();
      drop_sep_[k] = true;
    }
  }

  // Words `first`..`last` vanish, each with the space before it.
  void drop_words(std::size_t first, std::size_t last) {
    for (std::size_t k = first; k <= last; ++k) {
      out_[k].clear();
      drop_sep_[k] = true;
    }
  }

  // A friend says "Rin", not "Kagamine Rin": a family name before a given name is dropped.
  void drop_family_names(std::size_t first, std::size_t last) {
    if (last == first || !words::is_family_name(bare(first))) return;
    out_[first].clear();
    drop_sep_[first + 1] = true;
  }

  // "the dog" in the article is Len's past self: "I"/"me", "my" before a label noun or as
  // "the dog's", but "as the dog" stays a description ("my memories as a dog").
  std::size_t rewrite_the_dog(std::size_t k) {
    const std::size_t dog = k + 1;
    const std::string_view before = k > 0 && plain_before(k) ? bare(k - 1) : "";
    if (before == "was" || before == "been") return dog;  // "I was the dog"
    if (before == "as") {
      out_[k] = "a";
      return dog;
    }
    const bool capital = word(k).sentence_start;
    const bool label = plain_word(dog + 1) && words::is_label_noun(bare(dog + 1));
    if (word(dog).possessive || label) {
      out_[k] = capitalised("my", capital);
      out_[dog].clear();
      drop_sep_[dog] = true;
      return dog;
    }
    out_[dog].clear();
    drop_sep_[dog] = true;
    if (finite_verb_after(dog) || (word(k).sentence_start && !plain_word(dog + 1))) {
      out_[k] = capitalised("I", true);
      become_subject(dog);
    } else {
      out_[k] = capitalised("me", capital);
    }
    return dog;
  }

  // After "Rin and I" in this sentence, "both" and "the two" are the pair: "both of us"...
  // Returns the last word consumed, or nullopt when `k` is neither.
  std::optional<std::size_t> rewrite_pair_word(std::size_t k) {
    const std::string_view w = word(k).text;
    const bool plural_next = plain_word(k + 1) && (bare(k + 1) == "of" || bare(k + 1) == "the");
    if ((w == "both" || w == "Both") && !plural_next) {
      out_[k] = capitalised("both of us", word(k).sentence_start);
      pair_subject_ = true;
      return k;
    }
    if ((w == "the" || w == "The") && plain_word(k + 1) && bare(k + 1) == "two") {
      const bool of_them =
          plain_word(k + 2) && bare(k + 2) == "of" && plain_word(k + 3) && bare(k + 3) == "them";
      out_[k] = capitalised("we", word(k).sentence_start);
      const std::size_t last = of_them ? k + 3 : k + 1;
      drop_words(k + 1, last);
      pair_subject_ = true;
      return last;
    }
    return std::nullopt;
  }

  static bool is_participle(std::string_view w) { return w.size() > 4 && w.ends_with("ing"); }

  void set_subject(Person person) {
    subject_ = person;
    her_since_subject_ = pair_subject_ = false;
  }

  // After "Camui and I began", "they"/"their"/"them" are the pair: "we"/"our"/"us".
  bool rewrite_pair_pronoun(std::size_t k) {
    const std::string_view w = word(k).text;
    const bool capital = word(k).sentence_start;
    if (w == "they" || w == "They") out_[k] = capitalised("we", capital);
    if (w == "their" || w == "Their") out_[k] = capitalised("our", capital);
    if (w == "them" || w == "Them") out_[k] = capitalised("us", capital);
    return out_[k] != w;
  }

  // Len is the subject: topic and clause subject, and the verb agrees with "I".
  void become_subject(std::size_t last) {
    set_subject(Person::kLen);
    topic_ = Person::kLen;
    if (const auto verb = verb_after(last); verb && out_[*verb] == word(*verb).text) {
      out_[*verb] = words::first_person_verb(bare(*verb));
    }
  }

  // "Len and Rin walked" -> "Rin and I walked"; "with Len and Rin" -> "with Rin and me";
  // "Len and Rin's producer" -> "Rin's and my producer". Returns the last word consumed.
  std::optional<std::size_t> rewrite_len_and_name(std::size_t first, std::size_t last) {
    const std::size_t name = last + 2;
    if (!plain_word(last + 1) || bare(last + 1) != "and" || !plain_word(name) ||
        !is_name_part(bare(name))) {
      return std::nullopt;
    }
    const std::size_t name_last = name_end(name);
    std::string names;
    for (std::size_t k = name; k <= name_last; ++k) {
      if (k < name_last && words::is_family_name(bare(k))) continue;  // "Rin", not "Kagamine Rin"
      names += (names.empty() ? "" : " ") + std::string(word(k).text);
    }
    drop_name_words(first, name_last);
    if (word(name_last).possessive) {
      out_[first] = names + " and my";
      return name_last;
    }
    const bool subject = opens_clause(first) || finite_verb_after(name_last);
    out_[first] = names + (subject ? " and I" : " and me");
    if (subject) {
      set_subject(Person::kLen);
      topic_ = Person::kLen;
      pair_subject_ = pair_in_sentence_ = true;
      if (person_in(name, name_last) == Person::kMale) other_acts_ = true;
    }
    return name_last;
  }

  // For "Miku and Len": whether the pair is a subject, judged where the first name stands.
  std::optional<bool> coordinated_subject(std::size_t k) const {
    if (k < 2 || !plain_before(k) || bare(k - 1) != "and" || !plain_before(k - 1)) {
      return std::nullopt;
    }
    std::size_t start = k - 2;
    if (!is_name_part(bare(start)) || word(start).possessive) return std::nullopt;
    while (start > 0 && plain_before(start) && is_name_part(bare(start - 1)) &&
           !word(start - 1).possessive) {
      --start;
    }
    return opens_clause(start) || finite_verb_after(k);
  }

  void rewrite_he(std::size_t k) {
    if (topic_ != Person::kLen) {
      set_subject(Person::kMale);
      return;
    }
    out_[k] = "I";
    become_subject(k);
  }

  void rewrite_he_contraction(std::size_t k) {
    if (topic_ != Person::kLen) return;
    const std::string_view w = word(k).text;
    const std::string_view ending = w.substr(w.find('\'') + 1);
    if (ending == "s") {
      const std::string_view next = bare(k + 1);
      const bool perfect = next == "been" || next == "got" || next.ends_with("ed");
      out_[k] = perfect ? "I've" : "I'm";
    } else {
      out_[k] = "I'" + std::string(ending);
    }
    set_subject(Person::kLen);
  }

  // A clause's object is not its subject ("Len listened to him" is someone else), except as
  // the subject of a gerund ("leading to him being threatened") or after her doing
  // ("he felt her arms around him").
  void rewrite_him(std::size_t k) {
    const bool gerund = plain_word(k + 1) && bare(k + 1) == "being";
    if (subject_ == Person::kLen && !gerund && !her_since_subject_) return;
    if (subject_ == Person::kMale || topic_ == Person::kLen) {
      out_[k] = capitalised("me", word(k).sentence_start);
    }
  }

  // "with his elbow", "his own": the subject's. Otherwise another male who acted in this
  // sentence owns it ("kicking the gun out of his grasp"), else the topic does.
  void rewrite_his(std::size_t k) {
    const bool subjects = (k > 0 && plain_before(k) && bare(k - 1) == "with") ||
                          (plain_word(k + 1) && bare(k + 1) == "own");
    Person owner = topic_;
    if (subjects && subject_ != Person::kNone && subject_ != Person::kFemale) {
      owner = subject_;
    } else if (!subjects && other_acts_) {
      owner = Person::kMale;
    }
    if (owner != Person::kLen) return;
    const bool stands_alone =  // "the bag was his."
        k + 1 >= size() || word(k + 1).sep_before.find_first_of(".,;:!?") != std::string_view::npos;
    out_[k] = capitalised(stands_alone ? "mine" : "my", word(k).sentence_start);
  }

  void rewrite_himself(std::size_t k) {
    const Person owner =
        (subject_ == Person::kLen || subject_ == Person::kMale) ? subject_ : topic_;
    if (owner == Person::kLen) out_[k] = capitalised("myself", word(k).sentence_start);
  }

  std::string assemble() const {
    std::string text;
    for (std::size_t k = 0; k < size(); ++k) {
      if (!drop_sep_[k]) text += word(k).sep_before;
      text += out_[k];
    }
    text += tokens_.tail;
    if (!text.empty() && std::islower(static_cast<unsigned char>(text[0])) != 0) {
      text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    }
    return text;
  }

  std::string_view text_;
  const std::vector<Referent>& referents_;
  WordTokens tokens_;
  std::vector<std::string> out_;
  std::vector<bool> drop_sep_;
  Person topic_ = Person::kLen;
  Person subject_ = Person::kNone;  // a fragment may start mid-clause: no subject known yet
  bool her_since_subject_ = false;
  bool other_acts_ = false;
  bool pair_subject_ = false;      // the subject is "X and I"
  bool pair_in_sentence_ = false;  // "X and I" was said in this sentence
};

}  // namespace

std::string to_first_person(std::string_view third_person) {
  return to_first_person(third_person, {});
}

std::string to_first_person(std::string_view third_person, const std::vector<Referent>& referents) {
  const std::string clean = strip_citations(third_person);
  static const std::vector<Referent> kNone;
  return Rewriter(clean, clean == third_person ? referents : kNone).run();
}

}  // namespace lenbot
