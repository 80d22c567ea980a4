#pragma once
// Answers a follow-up ("why?", "and then?", "what about miku?", "source?") from the
// conversation so far, so it moves the conversation on: "why?" gives the reason, "what about
// X?" turns to X, "and then?" tells what happened next, and none of them says a sentence the
// conversation already had (ConversationState::said_facts).
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "bot/chat/answer_plan.h"
#include "bot/chat/chat_types.h"
#include "bot/chat/conversation_store.h"
#include "bot/chat/follow_up.h"
#include "bot/persona/persona.h"
#include "bot/retrieval/knowledge.h"

namespace lenbot {

class FollowUpAnswers {
 public:
  // All three must outlive this object.
  FollowUpAnswers(const Knowledge& knowledge, const AnswerPlanner& planner, const Persona& persona);

  // The reply to `follow` after the last answer in `state` (state.last_question is not
  // empty); updates `state` with what it says.
  ChatReply answer(const FollowUp& follow, std::optional<StoryPart> until, std::uint64_t seed,
                   ConversationState& state) const;

  // Remembers `plan` as the last answer to `question`, and every clause it says as said.
  void remember(ConversationState& state, const std::string& question,
                const AnswerPlan& plan) const;

  // The clauses of `fact`'s sentence, in article order: what Len says when he tells it.
  std::vector<const Fact*> sentence_of(const Fact& fact) const;

 private:
  using Usable = std::function<bool(const Fact&)>;

  bool sentence_said(const ConversationState& state, const Fact& fact) const;
  ChatReply told(const std::string& question, const AnswerPlan& plan,
                 std::optional<StoryPart> until, std::uint64_t seed,
                 ConversationState& state) const;
  ChatReply decline(std::optional<StoryPart> until, std::uint64_t seed) const;
  ChatReply source(const ConversationState& state, std::uint64_t seed) const;
  ChatReply next(ConversationState& state, std::optional<StoryPart> until,
                 std::uint64_t seed) const;
  ChatReply why(std::optional<StoryPart> until, std::uint64_t seed, ConversationState& state) const;
  ChatReply about(const FollowUp& follow, std::optional<StoryPart> until, std::uint64_t seed,
                  ConversationState& state) const;
  const Fact* in_scene(const ConversationState& state, std::optional<StoryPart> until,
                       const Usable& usable) const;
  const Fact* in_section_of(const std::string& person, std::optional<StoryPart> until,
                            const Usable& usable) const;
  std::string person_in(const std::string& subject) const;
  std::vector<std::string> people_named(const Fact& fact) const;

  const Knowledge& knowledge_;
  const AnswerPlanner& planner_;
  const Persona& persona_;
};

}  // namespace lenbot
