#include "bot/cli/commands.h"

#include <cstdio>
#include <iostream>
#include <string>

#include "bot/chat/bot_config.h"
#include "bot/chat/pg_conversation_store.h"
#include "bot/cli/pg_state.h"
#include "bot/index/indexer.h"

namespace lenbot {
namespace {

std::optional<StoryPart> until_from(const CliArgs& args) {
  const auto value = args.option("--until");
  if (!value) return std::nullopt;
  auto part = parse_part(*value);
  if (!part) throw UsageError("--until takes part1, part2, part3 or part4, not '" + *value + "'");
  return part;
}

// Conversations in PostgreSQL when state_db names it (as the server keeps them), else nullptr:
// the Bot then opens state_db as a SQLite file.
std::shared_ptr<ConversationStore> pg_conversations(const Config& config) {
  auto pool = open_pg_state(config.state_db);
  if (!pool) return nullptr;
  return std::make_shared<PgConversationStore>(pool, BotOptions{}.conversation_ttl_seconds);
}

std::string joined(const std::vector<std::string>& words) {
  std::string text;
  for (const auto& w : words) text += (text.empty() ? "" : " ") + w;
  return text;
}

std::string json_line(const ChatReply& reply) {
  return to_json_with_candidates(reply).dump(-1, ' ', false,
                                             nlohmann::json::error_handler_t::replace);
}

constexpr const char* kOverview =
    R"(lenbot: ask Kagamine Len about his story, answered from his fan-wiki article.

Usage:
  lenbot ask [--json] [--until PART] "question"   one question, Len's reply (or JSON)
  lenbot ask [--json] [--until PART] < questions   one question per line in, one reply per line out
  lenbot chat [--until PART]                       interactive chat in the terminal
  lenbot quiz [--until PART] [--user NAME]         Len quizzes you (answer, hint, skip, score, stop)
  lenbot quiz --export opentdb [--out FILE]        the question bank in Open Trivia DB's JSON
  lenbot index                                     rebuild the search index now
  lenbot serve                                     HTTP API, chat page, Discord and webhook
  lenbot backup FILE                               copy the state database (safe while serving)
  lenbot admin reset-leaderboard|remove-user ID|block-channel ID|unblock-channel ID
  lenbot discord-commands [--compact] [--guild ID] JSON body registering the slash commands
  lenbot --version                                 the version
  lenbot COMMAND --help                            this text

Options of ask and chat:
  --until PART      spoiler shield: answer only from up to part1, part2, part3 or part4
  --conversation ID remember follow-ups under this id (ask keeps no memory without one)
  --user NAME       who is asking
  --json            print {"reply","intent","confidence","sources"} per question
)";

constexpr const char* kConfigHelp = R"(
Every command also takes the settings (docs/operations.md, README "Configuration"): a file
(--config FILE, $LENBOT_CONFIG, else config/lenbot.json), then LENBOT_* variables, then flags
named after the keys, e.g.
  --data-dir DIR    where the index and state live (default data/)
  --db PATH         search index (default DATA_DIR/lenbot.db; rebuilt when the corpus changes)
  --state-db PATH   conversations and quiz (default DATA_DIR/state.db; "" keeps no memory;
                    a postgresql:// URI shares them between replicas, docs/deploy.md;
                    --state is the old, deprecated spelling)
  --state-pool N    PostgreSQL connections at most, per replica (default 8)
  --corpus PATH, --lexicon PATH, --persona PATH, --web-root DIR
  --host H, --port N, --log-level LEVEL, --trusted-proxies CIDR,CIDR
Relative paths resolve against $LENBOT_HOME, else PREFIX/share/lenbot for an installed
binary, else the working directory.
)";

}  // namespace

Config command_config(const CliArgs& args) {
  const EnvLookup env = process_environment();
  return load_config(args.config_args, env, find_base_dir(env));
}

int run_ask(const CliArgs& args, const Config& config) {
  const auto until = until_from(args);
  BotOptions options = bot_options_from(config);
  const bool json = args.has_flag("--json");
  const std::string conversation = args.option("--conversation").value_or("");
  if (conversation.empty()) {
    options.state_path.clear();  // one-off questions keep no memory
  } else {
    options.conversations = pg_conversations(config);
  }
  prepare_index(options);
  Bot bot(options);
  const auto ask = [&](const std::string& message) {
    return bot.ask({conversation, args.option("--user").value_or("cli"), message, until});
  };
  if (!args.positional.empty()) {
    const ChatReply reply = ask(joined(args.positional));
    std::cout << (json ? json_line(reply) : reply.reply) << '\n';
    return 0;
  }
  // Batch mode: one question per line in, one reply per line out, in order.
  std::ios::sync_with_stdio(false);
  std::string line;
  while (std::getline(std::cin, line)) {
    const ChatReply reply = ask(line);
    std::cout << (json ? json_line(reply) : reply.reply) << '\n';
  }
  return 0;
}

int run_chat(const CliArgs& args, const Config& config) {
  const auto until = until_from(args);
  BotOptions options = bot_options_from(config);
  options.conversations = pg_conversations(config);
  prepare_index(options);
  Bot bot(options);
  const std::string conversation = args.option("--conversation").value_or("cli-chat");
  std::cout << "Chatting with Kagamine Len. Ctrl-D or \"quit\" to leave.\n";
  std::string line;
  while (true) {
    std::cout << "you> " << std::flush;
    if (!std::getline(std::cin, line) || line == "quit" || line == "exit") break;
    const ChatReply reply =
        bot.ask({conversation, args.option("--user").value_or("you"), line, until});
    std::cout << "len> " << reply.reply << '\n';
    for (const auto& source : reply.sources) {
      std::string marks;
      for (int cite : source.cite) marks += "[" + std::to_string(cite) + "]";
      std::cout << "     " << (marks.empty() ? "[-]" : marks) << " " << source.section << '\n';
    }
  }
  std::cout << '\n';
  return 0;
}

int run_index(const Config& config) {
  const BotOptions options = bot_options_from(config);
  const IndexReport report =
      build_index({options.corpus_path, options.lexicon_path, ""}, options.index_path);
  std::cout << "indexed " << report.facts << " facts, " << report.quotes << " quotes, "
            << report.expansions << " expansions into " << options.index_path << " in "
            << static_cast<int>(report.build_ms) << " ms\n";
  return 0;
}

void print_help(const std::string& command) {
  if (command.empty() || command == "help") {
    std::cout << kOverview;
  } else {
    std::cout << "lenbot " << command << ": see the overview below.\n\n" << kOverview;
  }
  std::cout << kConfigHelp;
}

}  // namespace lenbot
