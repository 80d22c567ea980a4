#include "bot/chat/bot.h"

#include <spdlog/spdlog.h>

#include <chrono>
#include <filesystem>

#include "bot/chat/answer_plan.h"
#include "bot/chat/conversation_store.h"
#include "bot/chat/fact_text.h"
#include "bot/chat/follow_up.h"
#include "bot/index/indexer.h"
#include "bot/persona/persona.h"
#include "bot/persona/reply_renderer.h"
#include "bot/persona/smalltalk.h"
#include "bot/retrieval/retriever.h"

namespace lenbot {
namespace {

std::int64_t now_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

bool is_blank(std::string_view text) {
  for (char c : text) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
  }
  return true;
}

}  // namespace

struct Bot::Impl {
  explicit Impl(const BotOptions& options)
      : report(ensure_index({options.corpus_path, options.lexicon_path, ""}, options.index_path)),
        knowledge(load_knowledge(options.index_path)),
        retriever(knowledge, options.index_path),
        persona(load_persona(options.persona_path)),
        planner(knowledge, retriever),
        plans(options.reply_cache_size) {
    if (report.rebuilt) {
      spdlog::info("index {} at {} ({}): {} facts, {} quotes, {} expansions in {:.0f} ms",
                   report.reason == "missing" ? "built" : "rebuilt", options.index_path,
                   report.reason, report.facts, report.quotes, report.expansions, report.build_ms);
    }
    if (options.conversations) {
      conversations = options.conversations;
    } else if (!options.state_path.empty()) {
      const std::filesystem::path state(options.state_path);
      if (state.has_parent_path()) std::filesystem::create_directories(state.parent_path());
      conversations = std::make_shared<SqliteConversationStore>(options.state_path,
                                                                options.conversation_ttl_seconds);
    }
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

  ChatReply answer_question(const std::string& text, std::optional<StoryPart> until,
                            std::uint64_t seed, ConversationState& state, bool cached = false) {
    const auto plan = plan_for(text, until, cached);
    if (plan->kind == AnswerPlan::Kind::kFacts) {
      state.last_question = text;
      state.last_facts = plan->fact_ids;
    }
    return planner.render(*plan, persona, until, seed);
  }

  ChatReply decline(std::optional<StoryPart> until, std::uint64_t seed) {
    return planner.render(planner.plan_decline({}), persona, until, seed);
  }

  // The next fact in story order after the last answer, revealed by `until`.
  ChatReply answer_next(ConversationState& state, std::optional<StoryPart> until,
                        std::uint64_t seed) {
    const Fact* last = state.last_facts.empty() ? nullptr : knowledge.fact(state.last_facts[0]);
    const Question none;
    if (last == nullptr) return decline(until, seed);
    const FactSpan span = fact_span(knowledge, *last);
    const Fact* next = knowledge.fact(span.parts.back()->id + 1);
    const bool same_story = next != nullptr && !next->profile && next->section == last->section;
    if (!same_story || (until && static_cast<int>(next->revealed) > static_cast<int>(*until))) {
      return decline(until, seed);
    }
    state.last_facts = {next->id};
    return planner.render(planner.plan_facts(none, {next}, 1.0), persona, until, seed);
  }

  ChatReply answer_source(const ConversationState& state, std::uint64_t seed) {
    ChatReply reply{"", "fact", 1.0, {}};
    std::string cited;
    for (int id : state.last_facts) {
      const Fact* f = knowledge.fact(id);
      if (f == nullptr) continue;
      reply.sources.push_back(source_of(*f));
      std::string marks;
      for (int cite : f->cites) marks += "[" + std::to_string(cite) + "]";
      cited += (cited.empty() ? "" : " And ") + std::string("the ") + f->section +
               " bit of my wiki article says: \"" + f->text + "\"" +
               (marks.empty() ? "" : " " + marks) + ".";
    }
    if (cited.empty()) return decline(std::nullopt, seed);
    reply.reply = render_fact(persona, {"It's all on my wiki page, yo: " + cited}, {}, seed);
    return reply;
  }

  ChatReply ask(const ChatRequest& request) {
    ConversationState state;
    const bool remembered = conversations != nullptr && !request.conversation.empty();
    if (remembered) {
      if (auto loaded = conversations->load(request.conversation, now_seconds())) state = *loaded;
    }
    const std::uint64_t seed = reply_seed(request.conversation, state.turn);
    ChatReply reply = respond(request, seed, state);
    ++state.turn;
    if (remembered) conversations->save(request.conversation, state, now_seconds());
    return reply;
  }

  ChatReply answer_follow_up(const FollowUp& follow, std::optional<StoryPart> until,
                             std::uint64_t seed, ConversationState& state) {
    const auto is_name = [this](const std::string& word) {
      return knowledge.people.contains(word) && word != "len";
    };
    if (state.last_question.empty()) {
      // Nothing said before: "what about miku?" is a question about Miku; "source?" or
      // "why?" have nothing to point at.
      if (follow.kind == FollowUpKind::kAbout) {
        return answer_question(follow.subject, until, seed, state);
      }
      return decline(until, seed);
    }
    switch (follow.kind) {
      case FollowUpKind::kSource:
        return answer_source(state, seed);
      case FollowUpKind::kNext:
        return answer_next(state, until, seed);
      case FollowUpKind::kWhy:
        return answer_question("why " + state.last_question, until, seed, state);
      case FollowUpKind::kAbout:
        break;
    }
    return answer_question(retarget_question(state.last_question, follow.subject, is_name), until,
                           seed, state);
  }

  ChatReply respond(const ChatRequest& request, std::uint64_t seed, ConversationState& state) {
    const std::string& message = request.message;
    if (is_blank(message))
      return {render_smalltalk(persona, "greeting", seed), "smalltalk", 1.0, {}};
    if (auto category = classify_smalltalk(message)) {
      return {render_smalltalk(persona, *category, seed), "smalltalk", 1.0, {}};
    }
    if (auto follow = detect_follow_up(message)) {
      return answer_follow_up(*follow, request.until, seed, state);
    }
    return answer_question(message, request.until, seed, state, /*cached=*/true);
  }

  IndexReport report;
  Knowledge knowledge;
  Retriever retriever;
  Persona persona;
  AnswerPlanner planner;
  LruCache<AnswerPlan> plans;  // stand-alone questions' plans, by answer_cache_key
  std::shared_ptr<ConversationStore> conversations;
};

Bot::Bot(const BotOptions& options) : impl_(std::make_unique<Impl>(options)) {}
Bot::~Bot() = default;

ChatReply Bot::ask(const ChatRequest& request) { return impl_->ask(request); }

CacheStats Bot::reply_cache_stats() const { return impl_->plans.stats(); }

}  // namespace lenbot
