#include "bot/chat/follow_up_answers.h"

#include <algorithm>

#include "bot/chat/reason_clause.h"
#include "bot/persona/person_rewrite.h"
#include "bot/persona/reply_renderer.h"
#include "bot/retrieval/clauses.h"
#include "bot/retrieval/question.h"

namespace lenbot {
namespace {

// "what about X?" looks this far (in fact ids) around the last answer for the scene it was in.
constexpr int kSceneReach = 8;

bool revealed(const Fact& f, std::optional<StoryPart> until) {
  return !until || static_cast<int>(f.revealed) <= static_cast<int>(*until);
}

}  // namespace

FollowUpAnswers::FollowUpAnswers(const Knowledge& knowledge, const AnswerPlanner& planner,
                                 const Persona& persona)
    : knowledge_(knowledge), planner_(planner), persona_(persona) {}

ChatReply FollowUpAnswers::answer(const FollowUp& follow, std::optional<StoryPart> until,
                                  std::uint64_t seed, ConversationState& state) const {
  switch (follow.kind) {
    case FollowUpKind::kSource:
      return source(state, seed);
    case FollowUpKind::kNext:
      return next(state, until, seed);
    case FollowUpKind::kWhy:
      return why(until, seed, state);
    case FollowUpKind::kAbout:
      break;
  }
  return about(follow, until, seed, state);
}

std::vector<const Fact*> FollowUpAnswers::sentence_of(const Fact& fact) const {
  std::vector<const Fact*> parts = {&fact};
  for (const Fact* f = clause_before(knowledge_, fact); f != nullptr;
       f = clause_before(knowledge_, *f)) {
    parts.insert(parts.begin(), f);
  }
  for (const Fact* f = clause_after(knowledge_, fact); f != nullptr;
       f = clause_after(knowledge_, *f)) {
    parts.push_back(f);
  }
  return parts;
}

bool FollowUpAnswers::sentence_said(const ConversationState& state, const Fact& fact) const {
  const auto parts = sentence_of(fact);
  return std::any_of(parts.begin(), parts.end(),
                     [&](const Fact* f) { return was_said(state, f->id); });
}

void FollowUpAnswers::remember(ConversationState& state, const std::string& question,
                               const AnswerPlan& plan) const {
  state.last_question = question;
  state.last_facts = plan.fact_ids;
  for (int id : plan.fact_ids) {
    if (const Fact* f = knowledge_.fact(id)) {
      for (const Fact* part : sentence_of(*f)) remember_said(state, {part->id});
    }
  }
}

// A follow-up's answer from `plan`, remembered like an answer; a decline when there is none.
ChatReply FollowUpAnswers::told(const std::string& question, const AnswerPlan& plan,
                                std::optional<StoryPart> until, std::uint64_t seed,
                                ConversationState& state) const {
  if (plan.kind == AnswerPlan::Kind::kFacts) remember(state, question, plan);
  return planner_.render(plan, persona_, until, seed);
}

ChatReply FollowUpAnswers::decline(std::optional<StoryPart> until, std::uint64_t seed) const {
  return planner_.render(planner_.plan_decline({}), persona_, until, seed);
}

// "source?": the article's own words for the last answer, with their [n].
ChatReply FollowUpAnswers::source(const ConversationState& state, std::uint64_t seed) const {
  ChatReply reply{"", "fact", 1.0, {}};
  std::string cited;
  for (int id : state.last_facts) {
    const Fact* f = knowledge_.fact(id);
    if (f == nullptr) continue;
    reply.sources.push_back(source_of(*f));
    std::string marks;
    for (int cite : f->cites) marks += "[" + std::to_string(cite) + "]";
    cited += (cited.empty() ? "" : " And ") + std::string("the ") + f->section +
             " bit of my wiki article says: \"" + f->text + "\"" +
             (marks.empty() ? "" : " " + marks) + ".";
  }
  if (cited.empty()) return decline(std::nullopt, seed);
  reply.reply = render_fact(persona_, {"It's all on my wiki page, yo: " + cited}, {}, seed);
  return reply;
}

// "and then?": the next sentence in story order after the last answer, in its section,
// revealed by `until` and not said yet.
ChatReply FollowUpAnswers::next(ConversationState& state, std::optional<StoryPart> until,
                                std::uint64_t seed) const {
  const Fact* last = state.last_facts.empty() ? nullptr : knowledge_.fact(state.last_facts[0]);
  if (last == nullptr) return decline(until, seed);
  const Fact* after = knowledge_.fact(sentence_of(*last).back()->id + 1);
  const auto same_story = [&](const Fact* f) {
    return f != nullptr && !f->profile && f->section == last->section;
  };
  while (same_story(after) && sentence_said(state, *after)) {
    after = knowledge_.fact(sentence_of(*after).back()->id + 1);
  }
  if (!same_story(after) || !revealed(*after, until)) return decline(until, seed);
  const Question none;
  return told(state.last_question, planner_.plan_facts(none, {after}, 1.0), until, seed, state);
}

std::vector<std::string> FollowUpAnswers::people_named(const Fact& fact) const {
  std::vector<std::string> names;
  for (const auto& word : fact.people) {
    const auto it = knowledge_.people.find(word);
    if (it != knowledge_.people.end() && word != "len") names.push_back(it->second.display);
  }
  return names;
}

// "why?": the clause of what Len just said that gives its reason, unless he gave it already;
// else the article's answer to "why <last question>" among sentences not said yet.
ChatReply FollowUpAnswers::why(std::optional<StoryPart> until, std::uint64_t seed,
                               ConversationState& state) const {
  const bool reason_given = state.last_question.starts_with("why ");
  for (int id : reason_given ? std::vector<int>{} : state.last_facts) {
    const Fact* f = knowledge_.fact(id);
    if (f == nullptr) continue;
    const auto parts = sentence_of(*f);
    std::string sentence;
    for (const Fact* part : parts) sentence += (sentence.empty() ? "" : " ") + part->text;
    const auto clause = reason_clause(strip_citations(sentence));
    if (!clause) continue;
    const auto holder = std::find_if(parts.begin(), parts.end(), [&](const Fact* part) {
      return strip_citations(part->text).find(*clause) != std::string::npos;
    });
    const Fact& cited = holder == parts.end() ? *f : **holder;
    // The reason is given: a second "why?" asks the article instead.
    state.last_question = "why " + state.last_question;
    return {render_fact(persona_, {reason_reply(*clause)}, people_named(cited), seed),
            "fact",
            1.0,
            {source_of(cited)}};
  }
  const std::string question = reason_given ? state.last_question : "why " + state.last_question;
  // A sentence not said yet that gives a reason: anything else would not answer "why?".
  const auto reason = [&](const Fact& f) {
    if (sentence_said(state, f)) return false;
    const auto parts = sentence_of(f);
    return std::any_of(parts.begin(), parts.end(), [](const Fact* p) { return p->gives_reason; });
  };
  return told(question, planner_.plan_among(question, until, reason), until, seed, state);
}

// The canonical word of the person `subject` names ("hatsune miku" -> "miku"), or "".
std::string FollowUpAnswers::person_in(const std::string& subject) const {
  for (const auto& word : analyse_question(subject, knowledge_).people) {
    if (word != "len") return word;
  }
  return "";
}

// "what about miku?": her part in the scene Len just told (after a moment of the story), else
// the last question asked about her, else what he thinks of her (her own section); never a
// sentence said before.
ChatReply FollowUpAnswers::about(const FollowUp& follow, std::optional<StoryPart> until,
                                 std::uint64_t seed, ConversationState& state) const {
  const auto is_name = [this](const std::string& word) {
    return knowledge_.people.contains(word) && word != "len";
  };
  const std::string person = person_in(follow.subject);
  const auto names = [&](const Fact& f) {
    return person.empty() || std::find(f.people.begin(), f.people.end(), person) != f.people.end();
  };
  const auto usable = [&](const Fact& f) { return !sentence_said(state, f) && names(f); };
  const std::string question = retarget_question(state.last_question, follow.subject, is_name);
  const Question none;
  // After a moment of the story, their part in that scene comes first.
  const Fact* last = state.last_facts.empty() ? nullptr : knowledge_.fact(state.last_facts[0]);
  const bool in_story = last != nullptr && last->part != StoryPart::kNone;
  const Fact* scene = person.empty() ? nullptr : in_scene(state, until, usable);
  if (in_story && scene != nullptr) {
    return told(question, planner_.plan_facts(none, {scene}, 1.0), until, seed, state);
  }
  const AnswerPlan asked = planner_.plan_among(question, until, usable);
  if (asked.kind == AnswerPlan::Kind::kFacts || person.empty()) {
    return told(question, asked, until, seed, state);
  }
  if (scene != nullptr) {
    return told(question, planner_.plan_facts(none, {scene}, 1.0), until, seed, state);
  }
  if (const Fact* own = in_section_of(person, until, usable)) {
    return told(question, planner_.plan_facts(none, {own}, 1.0), until, seed, state);
  }
  return told(follow.subject, planner_.plan_among(follow.subject, until, usable), until, seed,
              state);
}

// The nearest fact to the last answer, in its section, that `usable` accepts.
const Fact* FollowUpAnswers::in_scene(const ConversationState& state,
                                      std::optional<StoryPart> until, const Usable& usable) const {
  const Fact* last = state.last_facts.empty() ? nullptr : knowledge_.fact(state.last_facts[0]);
  if (last == nullptr) return nullptr;
  for (int step = 1; step <= kSceneReach; ++step) {
    for (int id : {last->id + step, last->id - step}) {
      const Fact* f = knowledge_.fact(id);
      if (f != nullptr && !f->profile && f->section == last->section && revealed(*f, until) &&
          usable(*f)) {
        return f;
      }
    }
  }
  return nullptr;
}

// The first fact of the section about `person` (Miku's is "Hatsune Miku") that `usable` takes.
const Fact* FollowUpAnswers::in_section_of(const std::string& person,
                                           std::optional<StoryPart> until,
                                           const Usable& usable) const {
  const auto it = knowledge_.people.find(person);
  if (it == knowledge_.people.end()) return nullptr;
  for (const Fact& f : knowledge_.facts) {
    if (!f.profile && f.section.find(it->second.display) != std::string::npos &&
        revealed(f, until) && usable(f)) {
      return &f;
    }
  }
  return nullptr;
}

}  // namespace lenbot
