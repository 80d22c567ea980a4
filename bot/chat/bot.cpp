#include "bot/chat/bot.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <filesystem>

#include "bot/chat/answer_plan.h"
#include "bot/chat/conversation_store.h"
#include "bot/chat/follow_up.h"
#include "bot/chat/follow_up_answers.h"
#include "bot/index/indexer.h"
#include "bot/persona/live_persona.h"
#include "bot/persona/persona.h"
#include "bot/persona/reply_renderer.h"
#include "bot/persona/reply_shaping.h"
#include "bot/persona/smalltalk.h"
#include "bot/retrieval/retriever.h"
#include "bot/text/ascii.h"

namespace lenbot {
namespace {

std::int64_t now_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

void prepare_index(const BotOptions& options) {
  const IndexReport report =
      ensure_index({options.corpus_path, options.lexicon_path, ""}, options.index_path);
  if (report.rebuilt) {
    spdlog::info("index {} at {} ({}): {} facts, {} quotes, {} expansions in {:.0f} ms",
                 report.reason == "missing" ? "built" : "rebuilt", options.index_path,
                 report.reason, report.facts, report.quotes, report.expansions, report.build_ms);
  }
}

struct Bot::Impl {
  explicit Impl(const BotOptions& options)
      : knowledge(load_knowledge(options.index_path)),
        model(load_model(options.model_path)),
        retriever(knowledge, options.index_path, {}, model ? &*model : nullptr),
        live_persona(options.persona
                         ? options.persona
                         : std::make_shared<LivePersona>(load_persona(options.persona_path))),
        planner(knowledge, retriever),
        plans(static_cast<std::size_t>(std::max(0, options.reply_cache_size))) {
    if (options.conversations) {
      conversations = options.conversations;
    } else if (!options.state_path.empty()) {
      const std::filesystem::path state(options.state_path);
      if (state.has_parent_path()) std::filesystem::create_directories(state.parent_path());
      conversations = std::make_shared<SqliteConversationStore>(options.state_path,
                                                                options.conversation_ttl_seconds);
    }
  }

  static std::optional<RankerModel> load_model(const std::string& path) {
    if (path.empty()) return std::nullopt;
    if (!std::filesystem::exists(path)) {
      spdlog::warn("no ranker model at {} (run `lenbot train`): the hand ranker answers alone",
                   path);
      return std::nullopt;
    }
    return load_ranker_model(path);
  }

  static Knowledge load_knowledge(const std::string& path) {
    Database db(path, Database::Mode::kReadOnly);
    return Knowledge::load(db);
  }

  // `text`'s plan: from the cache when `cached` (a question standing on its own), else
  // planned now. Follow-ups are never looked up: what they mean depends on the conversation.
  std::shared_ptr<const AnswerPlan> plan_for(const std::string& text,
                                             std::optional<StoryPart> until, bool cached) {
    if (!cached) return std::make_shared<const AnswerPlan>(planner.plan_question(text, until));
    std::string key = answer_cache_key(text, until);
    if (auto hit = plans.find(key)) return hit;
    auto plan = std::make_shared<const AnswerPlan>(planner.plan_question(text, until));
    plans.insert(std::move(key), plan);
    return plan;
  }

  ChatReply answer_question(const Persona& persona, const std::string& text,
                            std::optional<StoryPart> until, std::uint64_t seed,
                            std::uint64_t rotation, ConversationState& state, bool cached = false) {
    const auto plan = plan_for(text, until, cached);
    if (plan->kind == AnswerPlan::Kind::kFacts) {
      FollowUpAnswers(knowledge, planner, persona).remember(state, text, *plan);
    }
    if (plan->kind == AnswerPlan::Kind::kDecline && until) {
      if (auto spoiler = spoiler_warning(persona, text, *until, seed, cached)) return *spoiler;
    }
    return planner.render(*plan, persona, until, seed, rotation);
  }

  // When the shield hid the answer: Len says where it happens instead of "no clue". nullopt
  // when the whole story has no answer either, or the persona has no spoiler lines.
  std::optional<ChatReply> spoiler_warning(const Persona& persona, const std::string& text,
                                           StoryPart until, std::uint64_t seed, bool cached) {
    if (persona.spoilers.empty()) return std::nullopt;
    const auto open = plan_for(text, std::nullopt, cached);
    if (open->kind != AnswerPlan::Kind::kFacts) return std::nullopt;
    StoryPart part = StoryPart::kNone;
    for (int id : open->fact_ids) {
      if (const Fact* f = knowledge.fact(id); f != nullptr && f->revealed > part)
        part = f->revealed;
    }
    if (part <= until) return std::nullopt;
    const std::string& line = persona.spoilers[seed % persona.spoilers.size()];
    // No sources: they would give the answer away.
    return ChatReply{fill_placeholders(line, {{"part", std::string(part_name(part))}}),
                     "fallback",
                     open->confidence,
                     {}};
  }

  ChatReply ask(const ChatRequest& request) {
    ConversationState state;
    const bool remembered = conversations != nullptr && !request.conversation.empty();
    if (remembered) {
      if (auto loaded = conversations->load(request.conversation, now_seconds())) state = *loaded;
    }
    const std::uint64_t seed = reply_seed(request.conversation, state.turn);
    // Openers rotate along a conversation, so two turns in a row never open alike; a one-off
    // question (no conversation) varies with its text instead.
    const std::uint64_t rotation =
        request.conversation.empty()
            ? reply_seed(request.message, 0)
            : reply_seed(request.conversation, 0) + static_cast<std::uint64_t>(state.turn);
    // One persona for the whole reply, even when SIGHUP swaps it meanwhile.
    const std::shared_ptr<const Persona> voice = live_persona->current();
    ChatReply reply = respond(*voice, request, seed, rotation, state);
    ++state.turn;
    if (remembered) conversations->save(request.conversation, state, now_seconds());
    return reply;
  }

  ChatReply answer_follow_up(const Persona& persona, const FollowUp& follow,
                             std::optional<StoryPart> until, std::uint64_t seed,
                             std::uint64_t rotation, ConversationState& state) {
    if (!state.last_question.empty()) {
      return FollowUpAnswers(knowledge, planner, persona).answer(follow, until, seed, state);
    }
    // Nothing said before: "what about miku?" is a question about Miku; "source?" or "why?"
    // have nothing to point at.
    if (follow.kind == FollowUpKind::kAbout) {
      return answer_question(persona, follow.subject, until, seed, rotation, state);
    }
    return planner.render(planner.plan_decline({}), persona, until, seed);
  }

  ChatReply respond(const Persona& persona, const ChatRequest& request, std::uint64_t seed,
                    std::uint64_t rotation, ConversationState& state) {
    const std::string& message = request.message;
    if (is_blank(message))
      return {render_smalltalk(persona, "greeting", seed), "smalltalk", 1.0, {}};
    if (auto category = classify_smalltalk(message)) {
      return {render_smalltalk(persona, *category, seed), "smalltalk", 1.0, {}};
    }
    if (auto follow = detect_follow_up(message)) {
      return answer_follow_up(persona, *follow, request.until, seed, rotation, state);
    }
    return answer_question(persona, message, request.until, seed, rotation, state,
                           /*cached=*/true);
  }

  const Knowledge knowledge;  // loaded once; every thread reads it
  const std::optional<RankerModel> model;
  Retriever retriever;
  const std::shared_ptr<LivePersona> live_persona;  // read once per reply
  AnswerPlanner planner;
  LruCache<AnswerPlan> plans;  // stand-alone questions' plans, by answer_cache_key
  std::shared_ptr<ConversationStore> conversations;
};

Bot::Bot(const BotOptions& options) : impl_(std::make_unique<Impl>(options)) {}
Bot::~Bot() = default;

ChatReply Bot::ask(const ChatRequest& request) { return impl_->ask(request); }

CacheStats Bot::reply_cache_stats() const { return impl_->plans.stats(); }

}  // namespace lenbot
