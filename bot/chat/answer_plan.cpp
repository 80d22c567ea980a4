#include "bot/chat/answer_plan.h"

#include <algorithm>
#include <cctype>

#include "bot/chat/answer_head.h"
#include "bot/chat/fact_text.h"
#include "bot/persona/reply_renderer.h"
#include "bot/persona/spoken_text.h"
#include "bot/retrieval/ranker.h"

namespace lenbot {
namespace {

// Retriever::suggestions looks at the best five partial matches; a decline's plan keeps a few
// more so the suggestions never depend on what the cache dropped.
constexpr std::size_t kNearbyKept = 8;

// A reply is a chat message: a supporting sentence joins only a short answer, and only while
// the two stay within kMaxReplyWords.
constexpr std::size_t kSupportBelowWords = 14;
constexpr std::size_t kMaxReplyWords = 30;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool has_word(const std::vector<std::string>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// The answer says the asked thing did not happen, or was not real: "Ronald ... pretended to
// befriend me" answers "was the clown ur friend?" with a no, as does "deny when I was unhappy"
// for "do u admit when ur sad?" and "acted without thinking of the consequences".
bool negated(std::string_view text) {
  for (std::string_view no :
       {" not ", "n't ", " never ", " no longer ", " pretended", " pretending", " deny", " denied",
        " refused", " refusing", " unable ", " inability ", " failed to ", " without ", " nobody ",
        " no one "}) {
    if (text.find(no) != std::string_view::npos) return true;
  }
  return false;
}

// `extra` mostly retells `answer` (the wallet theft told in Part 3 and again under
// Personality): half or more of its content words are already said.
bool tells_again(const FactSpan& answer, const FactSpan& extra) {
  std::size_t words = 0;
  std::size_t shared = 0;
  for (const Fact* part : extra.parts) {
    for (int id : part->term_ids) {
      ++words;
      const bool said_before =
          std::any_of(answer.parts.begin(), answer.parts.end(), [id](const Fact* said) {
            return std::binary_search(said->term_ids.begin(), said->term_ids.end(), id);
          });
      if (said_before) ++shared;
    }
  }
  return words == 0 || shared * 2 >= words;
}

// "like" is a verb in "do you like miku?" but not in "acting like Miku": a yes/no verdict on
// liking needs the answer to use it as one.
bool says_like_as_verb(std::string_view answer) {
  for (std::string_view form : {"liked", "liking", "likes", "I like ", "to like ", "would like "}) {
    if (answer.find(form) != std::string_view::npos) return true;
  }
  return false;
}

// Which of the persona's answer frames fits: the question's type, "feeling" for "how did you
// feel", and for yes/no questions "yes" or "no" only when the answering clause settles it
// (every word the fan asked about is in it and nobody the fan did not name acts in it).
std::string answer_frame(const Question& q, const Fact& answering, std::string_view answer) {
  if (has_word(q.words, "feel") || has_word(q.words, "felt")) return "feeling";
  if (q.type != QuestionType::kYesNo) return std::string(question_type_name(q.type));
  if (has_word(q.words, "like") && !says_like_as_verb(answer)) return "default";
  for (const auto& group : q.groups) {
    const bool found = std::any_of(group.terms.begin(), group.terms.end(), [&](const QueryTerm& t) {
      return t.id >= 0 &&
             std::binary_search(answering.term_ids.begin(), answering.term_ids.end(), t.id);
    });
    if (!found) return "default";
  }
  for (const auto& person : answering.people) {
    if (person != "len" && !has_word(q.people, person)) return "default";
  }
  const bool asked_negated = has_word(q.words, "not") || has_word(q.words, "never");
  if (negated(answer) != asked_negated) return "no";
  return "yes";
}

}  // namespace

Source source_of(const Fact& fact) { return {fact.cites, fact.section, fact.text}; }

AnswerPlanner::AnswerPlanner(const Knowledge& knowledge, Retriever& retriever)
    : knowledge_(knowledge), retriever_(retriever) {}

AnswerPlan AnswerPlanner::plan_question(std::string_view text,
                                        std::optional<StoryPart> until) const {
  const Question q = analyse_question(text, knowledge_);
  if (q.wants_quote) {
    if (auto found = retriever_.find_quote(q, until)) {
      AnswerPlan plan;
      plan.kind = AnswerPlan::Kind::kQuote;
      plan.confidence = found->confidence;
      plan.quote = found->quote->text;
      plan.sources.push_back({{}, found->quote->section, found->quote->text});
      return plan;
    }
  }
  if (q.groups.empty()) return plan_decline({});
  const auto ranked = retriever_.rank(q, until);
  const auto found = retriever_.find_facts(ranked);
  AnswerPlan plan = found ? plan_facts(q, found->facts, found->confidence) : plan_decline(ranked);
  for (std::size_t i = 0; i < ranked.size() && i < kCandidatesShown; ++i) {
    const Fact& f = *ranked[i].fact;
    plan.candidates.push_back({f.cites, f.section, ranked[i].score});
  }
  return plan;
}

AnswerPlan AnswerPlanner::plan_among(std::string_view text, std::optional<StoryPart> until,
                                     const std::function<bool(const Fact&)>& usable) const {
  const Question q = analyse_question(text, knowledge_);
  if (q.groups.empty()) return plan_decline({});
  auto ranked = retriever_.rank(q, until);
  std::erase_if(ranked, [&](const ScoredFact& s) { return !usable(*s.fact); });
  const auto found = retriever_.find_facts(ranked);
  if (!found) return plan_decline(ranked);
  return plan_facts(q, found->facts, found->confidence);
}

AnswerPlan AnswerPlanner::plan_facts(const Question& q, const std::vector<const Fact*>& facts,
                                     double confidence) const {
  AnswerPlan plan;
  plan.kind = AnswerPlan::Kind::kFacts;
  plan.confidence = confidence;
  if (facts.empty()) return plan_decline({});
  std::vector<const Fact*> cited;    // in the order the sources are listed, each once
  std::vector<const Fact*> context;  // the other clauses of the sentences Len says
  const auto is_cited = [&cited](const Fact* f) {
    return std::find(cited.begin(), cited.end(), f) != cited.end();
  };
  const auto say = [&](const Fact& fact, const Fact& answering, const FactSpan& span) {
    plan.fact_ids.push_back(fact.id);
    plan.sentences.push_back(span.first_person);
    // First the clause that answers what was asked ("why" -> the clause giving the reason),
    // then the fact that matched, then the other clauses Len says.
    if (!is_cited(&answering)) cited.push_back(&answering);
    const bool fact_said =
        std::find(span.parts.begin(), span.parts.end(), &fact) != span.parts.end();
    if (fact_said && !is_cited(&fact)) cited.push_back(&fact);
    context.insert(context.end(), span.parts.begin(), span.parts.end());
  };
  const Fact& first = *facts.front();
  const Fact& answering = answering_clause(q, first, knowledge_);
  FactSpan answer = answer_span(knowledge_, first, answering);
  // Answer first: "why" opens with the reason when the sentence ends on it.
  if (q.type == QuestionType::kWhy) answer.first_person = reason_first(answer.first_person);
  // "Then her comrade shot me" opens a reply with a sequence the fan never heard.
  if (answer.first_person.starts_with("Then ") && answer.first_person.size() > 5) {
    answer.first_person.erase(0, 5);
    answer.first_person[0] =
        static_cast<char>(std::toupper(static_cast<unsigned char>(answer.first_person[0])));
  }
  // who -> the person, where -> the place in a few words before the sentence that tells it
  // (said once), when -> the moment first.
  if (auto first_said = answer_first(knowledge_, q, answering, answer.first_person)) {
    answer.first_person = std::move(*first_said);
  }
  say(first, answering, answer);
  // At most one supporting sentence, and only while the reply stays a chat message.
  const std::size_t answer_words = word_count(answer.first_person);
  for (std::size_t i = 1; i < facts.size() && answer_words < kSupportBelowWords; ++i) {
    const Fact& more = *facts[i];
    const Fact& more_answering = answering_clause(q, more, knowledge_);
    const FactSpan extra = answer_span(knowledge_, more, more_answering);
    const bool overlaps = std::any_of(extra.parts.begin(), extra.parts.end(), is_cited);
    if (overlaps || tells_again(answer, extra)) continue;
    if (answer_words + word_count(extra.first_person) > kMaxReplyWords) continue;
    say(more, more_answering, extra);
    break;
  }
  // Then the other facts that were found (the near candidates stay visible), then the rest
  // of the sentences Len says.
  const std::size_t said = cited.size();
  for (const Fact* f : facts) {
    for (const Fact* g : {&answering_clause(q, *f, knowledge_), f}) {
      if (!is_cited(g)) cited.push_back(g);
    }
  }
  for (const Fact* f : context) {
    if (!is_cited(f)) cited.push_back(f);
  }
  for (const Fact* f : cited) plan.sources.push_back(source_of(*f));
  plan.asked = display_names(q.people);
  std::vector<std::string> answered_words;
  std::vector<const Fact*> spoken_facts(cited.begin(),
                                        cited.begin() + static_cast<std::ptrdiff_t>(said));
  spoken_facts.insert(spoken_facts.end(), context.begin(), context.end());
  for (const Fact* f : spoken_facts) {
    for (const auto& person : f->people) {
      if (std::find(answered_words.begin(), answered_words.end(), person) == answered_words.end()) {
        answered_words.push_back(person);
      }
    }
  }
  plan.answered = display_names(answered_words);
  plan.frame = answer_frame(q, answering, answer.first_person);
  return plan;
}

AnswerPlan AnswerPlanner::plan_decline(const std::vector<ScoredFact>& ranked) const {
  AnswerPlan plan;
  plan.confidence = confidence_of(ranked);
  const auto kept =
      ranked.begin() + static_cast<std::ptrdiff_t>(std::min(ranked.size(), kNearbyKept));
  plan.nearby.assign(ranked.begin(), kept);
  return plan;
}

ChatReply AnswerPlanner::render(const AnswerPlan& plan, const Persona& persona,
                                std::optional<StoryPart> until, std::uint64_t seed,
                                std::uint64_t rotation) const {
  switch (plan.kind) {
    case AnswerPlan::Kind::kFacts:
      return {render_fact(persona, {plan.sentences, plan.asked, plan.answered, plan.frame}, seed,
                          rotation),
              "fact", plan.confidence, plan.sources, plan.candidates};
    case AnswerPlan::Kind::kQuote:
      return {render_quote(persona, plan.quote, seed), "fact", plan.confidence, plan.sources,
              plan.candidates};
    case AnswerPlan::Kind::kDecline:
      break;
  }
  // Declines rotate like openers (by the question's text when one-off, by turn in a
  // conversation): the same "no idea" word for word on every miss reads like a machine.
  return {render_decline(persona, retriever_.suggestions(plan.nearby, until, seed + rotation), seed,
                         rotation),
          "fallback",
          plan.confidence,
          {},
          plan.candidates};
}

// Display names of person words ("rin" -> "Rin"), Len left out: he is never his own mood.
std::vector<std::string> AnswerPlanner::display_names(const std::vector<std::string>& words) const {
  std::vector<std::string> names;
  for (const auto& word : words) {
    const auto it = knowledge_.people.find(word);
    if (word != "len" && it != knowledge_.people.end()) names.push_back(it->second.display);
  }
  return names;
}

std::string answer_cache_key(std::string_view text, std::optional<StoryPart> until) {
  std::string key;
  key.reserve(text.size() + 3);
  for (char c : text) {
    if (is_space(c)) {
      if (!key.empty() && key.back() != ' ') key += ' ';
    } else {
      key += c;
    }
  }
  if (!key.empty() && key.back() == ' ') key.pop_back();
  // '\n' cannot occur in the collapsed text, so the shield never runs into the question.
  key += '\n';
  key += until ? std::to_string(static_cast<int>(*until)) : "-";
  return key;
}

}  // namespace lenbot
