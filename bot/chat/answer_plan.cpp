#include "bot/chat/answer_plan.h"

#include <algorithm>

#include "bot/chat/fact_text.h"
#include "bot/persona/reply_renderer.h"

namespace lenbot {
namespace {

// Retriever::suggestions looks at the best five partial matches; a decline's plan keeps a few
// more so the suggestions never depend on what the cache dropped.
constexpr std::size_t kNearbyKept = 8;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

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
  if (!found) return plan_decline(ranked);
  return plan_facts(q, found->facts, found->confidence);
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
  std::vector<const Fact*> cited;  // in the order the sources are listed, each once
  const auto cite = [&cited](const Fact* f) {
    if (std::find(cited.begin(), cited.end(), f) == cited.end()) cited.push_back(f);
  };
  // First the clause that answers what was asked ("why" -> the clause giving the reason),
  // then the fact that matched, then the rest of what Len says: the sentences' other clauses.
  for (const Fact* f : facts) cite(&answering_clause(q, *f, knowledge_));
  for (const Fact* f : facts) cite(f);
  for (const Fact* f : facts) {
    plan.fact_ids.push_back(f->id);
    FactSpan span = fact_span(knowledge_, *f);
    plan.sentences.push_back(std::move(span.first_person));
    for (const Fact* part : span.parts) cite(part);
  }
  for (const Fact* f : cited) plan.sources.push_back(source_of(*f));
  plan.people = people_in(q, facts);
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
                                std::optional<StoryPart> until, std::uint64_t seed) const {
  switch (plan.kind) {
    case AnswerPlan::Kind::kFacts:
      return {render_fact(persona, plan.sentences, plan.people, seed), "fact", plan.confidence,
              plan.sources};
    case AnswerPlan::Kind::kQuote:
      return {render_quote(persona, plan.quote, seed), "fact", plan.confidence, plan.sources};
    case AnswerPlan::Kind::kDecline:
      break;
  }
  return {render_decline(persona, retriever_.suggestions(plan.nearby, until, seed), seed),
          "fallback",
          plan.confidence,
          {}};
}

// Who the reply is about, for Len's mood: the people the fan named, else those the answer
// names ("who is rin to you" is about Rin even if the answer mentions Irina).
std::vector<std::string> AnswerPlanner::people_in(const Question& q,
                                                  const std::vector<const Fact*>& facts) const {
  std::vector<std::string> names;
  for (const auto& word : q.people) {
    if (word != "len") names.push_back(knowledge_.people.at(word).display);
  }
  if (!names.empty()) return names;
  for (const auto& [word, person] : knowledge_.people) {
    bool named = false;
    for (const Fact* f : facts) named = named || f->terms.contains(person.stem);
    if (named && word != "len") names.push_back(person.display);
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
