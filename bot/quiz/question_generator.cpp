#include "bot/quiz/question_generator.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "bot/persona/person_rewrite.h"
#include "bot/quiz/answer_text.h"
#include "bot/quiz/distractors.h"
#include "bot/quiz/quotable_sentences.h"
#include "bot/quiz/wordnet_classes.h"
#include "bot/text/stable_hash.h"

namespace lenbot {
namespace {

constexpr std::size_t kMaxPerSegment = 3;
constexpr std::string_view kBlank = "___";
constexpr std::size_t kMinWhoWords = 6;

// A question before its id and options are fixed.
struct Draft {
  QuestionKind kind = QuestionKind::kFillIn;
  AnswerType type = AnswerType::kArtifact;
  bool is_name = false;
  std::string text;
  std::string answer;
};

bool is_adverb_word(const std::string& word) {
  return word == "also" || word == "then" || word == "finally" || word == "soon" ||
         word == "still" || word.ends_with("ly");
}

// Without its subject the sentence may be the only place Len is named: "Who asked him ...?"
// becomes "Who asked Len ...?".
void name_len_object(std::string& rest) {
  if (mentions(rest, "Len")) return;
  const auto him = rest.find(" him");
  const auto his = rest.find(" his ");
  if (him != std::string::npos && (his == std::string::npos || him < his) &&
      (him + 4 == rest.size() || std::isalpha(static_cast<unsigned char>(rest[him + 4])) == 0)) {
    rest.replace(him, 4, " Len");
  } else if (his != std::string::npos) {
    rest.replace(his, 5, " Len's ");
  }
}

// "Len stole Camui's wallet ..." -> "Who stole Camui's wallet ...?" when the subject is a
// person named at the very start and a finite verb follows.
std::optional<Draft> who_did_it(const Sentence& s, const EntityCatalog& catalog) {
  const auto spans = catalog.name_spans(s);
  if (spans.empty() || spans.front().first != 0) return std::nullopt;
  const auto& subject = spans.front();
  if (catalog.name_type(subject.text) != AnswerType::kPerson) return std::nullopt;
  if (s.tokens[subject.last].possessive) return std::nullopt;
  std::size_t verb = subject.last + 1;
  while (verb < s.tokens.size() && s.tokens[verb].joined && is_adverb_word(s.tokens[verb].word))
    ++verb;
  if (verb >= s.tokens.size() || !s.tokens[verb].joined) return std::nullopt;
  const auto& word = s.tokens[verb].word;
  if (word.ends_with("ing") || !verb_base(word)) return std::nullopt;
  std::string rest = s.text.substr(s.tokens[subject.last].end);
  if (rest.starts_with(" also ")) rest.erase(0, 5);
  // A second clause with its own subject ("Who called Len and he went out?") reads wrong.
  if (rest.find(" and he ") != std::string::npos || rest.find(" and she ") != std::string::npos)
    return std::nullopt;
  rest.back() = '?';
  if (subject.text != "Len") name_len_object(rest);
  if (sentence_tokens(rest).size() < kMinWhoWords)
    return std::nullopt;  // "Who arranged to meet her there?"
  return Draft{QuestionKind::kWhoDidIt, AnswerType::kPerson, true, "Who" + rest, subject.text};
}

std::string blank_out(const std::string& text, std::size_t begin, std::size_t end) {
  return text.substr(0, begin) + std::string(kBlank) + text.substr(end);
}

// Blanks of proper names (places, people, times) that are not the opening subject.
void name_blanks(const Sentence& s, const EntityCatalog& catalog, std::vector<Draft>& out) {
  for (const auto& span : catalog.name_spans(s)) {
    // Len is the quizmaster and in nearly every sentence: blanking him asks nothing.
    if (span.first == 0 || span.text == "Len" || catalog.is_modifier(s.tokens, span)) continue;
    const auto type = catalog.name_type(span.text);
    if (!type) continue;
    const auto begin = s.tokens[span.first].begin;
    const auto end = begin + span.text.size();
    out.push_back(
        {QuestionKind::kMultipleChoice, *type, true, blank_out(s.text, begin, end), span.text});
  }
}

void noun_blanks(const Sentence& s, const EntityCatalog& catalog, std::vector<Draft>& out) {
  for (std::size_t i = 0; i < s.tokens.size(); ++i) {
    const auto type = catalog.blankable_noun(s.tokens, i);
    if (!type) continue;
    const auto& t = s.tokens[i];
    out.push_back({QuestionKind::kFillIn, *type, false, blank_out(s.text, t.begin, t.end), t.word});
  }
}

bool leaks(const std::string& text, const std::string& answer, const AliasTable& aliases) {
  for (const auto& name : aliases.names_of(answer)) {
    if (mentions(text, name)) return true;
  }
  return mentions(text, answer);
}

// The question as Len asks it. "Who threw my pike?" would answer itself, so a "who" question
// whose answer is Len keeps the third person. The rewrite reads words: the blank goes through
// it as one ("threw his ___" would read "his" as standing alone: "threw mine ___").
std::string in_lens_words(const QuizQuestion& q, const AliasTable& aliases) {
  if (q.kind == QuestionKind::kWhoDidIt && aliases.same_entity(q.answer, "Len")) {
    return q.neutral_text;
  }
  constexpr std::string_view kWord = "blankword";
  const auto blank = q.neutral_text.find(kBlank);
  if (blank == std::string::npos || q.neutral_text.find(kWord) != std::string::npos) {
    return to_first_person(q.neutral_text);
  }
  std::string text = q.neutral_text;
  text.replace(blank, kBlank.size(), kWord);
  std::string spoken = to_first_person(text);
  const auto word = spoken.find(blank == 0 ? "Blankword" : kWord);
  if (word == std::string::npos) return to_first_person(q.neutral_text);
  return spoken.replace(word, kWord.size(), kBlank);
}

class Generator {
 public:
  Generator(const AliasTable& aliases, const EntityCatalog& catalog)
      : aliases_(aliases), catalog_(catalog) {}

  void add_segment(const Segment& segment) {
    std::vector<Draft> drafts;
    for (const auto& sentence : quotable_sentences(segment.text)) {
      if (auto who = who_did_it(sentence, catalog_)) drafts.push_back(*who);
      name_blanks(sentence, catalog_, drafts);
      noun_blanks(sentence, catalog_, drafts);
    }
    std::stable_sort(drafts.begin(), drafts.end(),
                     [this](const Draft& a, const Draft& b) { return priority(a) < priority(b); });
    int n = 0;
    for (auto& draft : drafts) {
      if (n == static_cast<int>(kMaxPerSegment)) break;
      if (!mentions(segment.text, draft.answer) || leaks(draft.text, draft.answer, aliases_))
        continue;
      if (!seen_texts_.insert(draft.text).second) continue;
      QuizQuestion q = finish(std::move(draft), segment, n);
      if (q.kind != QuestionKind::kFillIn && q.options.size() != 4) continue;
      if (leaks(q.text, q.answer, aliases_)) continue;
      questions_.push_back(std::move(q));
      ++n;
    }
  }

  std::vector<QuizQuestion> take() { return std::move(questions_); }

  // Lower goes first: who-did-it, then places and times, things, other people, and Rin last
  // (she is the usual answer, so a blank on her is the easiest guess).
  int priority(const Draft& d) const {
    if (d.kind == QuestionKind::kWhoDidIt) return 0;
    if (d.type == AnswerType::kLocation || d.type == AnswerType::kTime) return 1;
    if (!d.is_name) return 2;
    return aliases_.same_entity(d.answer, "Rin") ? 4 : 3;
  }

 private:
  QuizQuestion finish(Draft draft, const Segment& segment, int n) {
    QuizQuestion q;
    q.id = "q" + std::to_string(segment.id) + "-" + std::to_string(n + 1);
    q.type = draft.type;
    q.neutral_text = std::move(draft.text);
    q.answer = std::move(draft.answer);
    q.part = segment.part;
    q.segment_id = segment.id;
    q.source_text = segment.text;
    q.cites = segment.cites;
    // Distractors read the neutral sentence: its "her"/"his" say who the blank can be.
    q.distractors = pick_distractors({q.answer, q.type, draft.is_name, q.neutral_text, q.id},
                                     catalog_, aliases_);
    q.kind = draft.kind;
    // Common nouns alternate between fill-in and multiple choice.
    if (q.kind == QuestionKind::kFillIn && (noun_count_++ % 2 == 1)) {
      q.kind = QuestionKind::kMultipleChoice;
    }
    // Too few of its type for four options (two times in the whole plot): ask it as fill-in.
    if (q.kind == QuestionKind::kMultipleChoice && q.distractors.size() < 3) {
      q.kind = QuestionKind::kFillIn;
    }
    if (q.kind != QuestionKind::kFillIn && q.distractors.size() == 3) set_options(q);
    q.text = in_lens_words(q, aliases_);
    return q;
  }

  static void set_options(QuizQuestion& q) {
    q.correct_option = static_cast<int>(stable_hash(q.id) % 4);
    std::size_t next = 0;
    for (int i = 0; i < 4; ++i) {
      q.options.push_back(i == q.correct_option ? q.answer : q.distractors[next++]);
    }
  }

  const AliasTable& aliases_;
  const EntityCatalog& catalog_;
  std::vector<QuizQuestion> questions_;
  std::set<std::string> seen_texts_;
  int noun_count_ = 0;
};

}  // namespace

std::vector<QuizQuestion> generate_questions(const Article& article, const AliasTable& aliases,
                                             const EntityCatalog& catalog) {
  Generator generator(aliases, catalog);
  for (const auto& segment : article.segments) {
    if (segment.part != StoryPart::kNone) generator.add_segment(segment);
  }
  return generator.take();
}

}  // namespace lenbot
