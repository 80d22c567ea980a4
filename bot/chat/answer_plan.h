#pragma once
// What answers a question, decided once and worded per turn. Planning (question analysis,
// ranking, Len's first-person sentences) depends only on the question's text, the spoiler
// shield and the loaded index, so a plan can be cached and shared; rendering picks openers,
// moods and suggestions from the turn's seed and is cheap.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bot/chat/chat_types.h"
#include "bot/persona/persona.h"
#include "bot/retrieval/retriever.h"

namespace lenbot {

struct AnswerPlan {
  enum class Kind { kFacts, kQuote, kDecline };
  Kind kind = Kind::kDecline;
  double confidence = 0.0;
  std::vector<int> fact_ids;           // kFacts: the chosen facts, best first
  std::vector<std::string> sentences;  // kFacts: Len's sentence for each of them
  std::vector<std::string> asked;      // kFacts: people the fan named (for Len's mood)
  std::vector<std::string> answered;   // kFacts: people the answer names
  std::string frame = "default";       // kFacts: the persona's answer_frames key
  std::string quote;                   // kQuote: Len's line, verbatim
  std::vector<Source> sources;         // kFacts, kQuote
  std::vector<ScoredFact> nearby;      // kDecline: the best partial matches, for suggestions
  std::vector<RankedFact> candidates;  // the ranker's best five, whatever was decided
};

inline constexpr std::size_t kCandidatesShown = 5;

class AnswerPlanner {
 public:
  // Both must outlive the planner.
  AnswerPlanner(const Knowledge& knowledge, Retriever& retriever);

  // The plan for a question standing on its own. Safe from many threads at once.
  AnswerPlan plan_question(std::string_view text, std::optional<StoryPart> until) const;
  // A follow-up's plan: as plan_question (quotes aside), but chosen only among facts `usable`
  // accepts: not said before in the conversation, about whom the fan asked.
  AnswerPlan plan_among(std::string_view text, std::optional<StoryPart> until,
                        const std::function<bool(const Fact&)>& usable) const;
  // The plan that tells `facts` (as chosen for `q`) with `confidence`.
  AnswerPlan plan_facts(const Question& q, const std::vector<const Fact*>& facts,
                        double confidence) const;
  // A decline suggesting topics near `ranked`.
  AnswerPlan plan_decline(const std::vector<ScoredFact>& ranked) const;

  // The reply for `plan` in `persona`'s voice; every wording choice comes from `seed`, but the
  // opener rotates with `rotation` (consecutive turns differ by one, so it never repeats).
  ChatReply render(const AnswerPlan& plan, const Persona& persona, std::optional<StoryPart> until,
                   std::uint64_t seed, std::uint64_t rotation) const;
  ChatReply render(const AnswerPlan& plan, const Persona& persona, std::optional<StoryPart> until,
                   std::uint64_t seed) const {
    return render(plan, persona, until, seed, seed);
  }

 private:
  std::vector<std::string> display_names(const std::vector<std::string>& words) const;

  const Knowledge& knowledge_;
  Retriever& retriever_;
};

// The source that cites `fact`.
Source source_of(const Fact& fact);

// The cache key for a stand-alone question: its text with whitespace runs collapsed (question
// analysis reads words, so these spellings are the same question), plus the spoiler shield.
// Letter case is kept: "SELECT name FROM users" is a SQL statement, "select name from users"
// may be a question (bot/retrieval/code_text.h).
std::string answer_cache_key(std::string_view text, std::optional<StoryPart> until);

}  // namespace lenbot
