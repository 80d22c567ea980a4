#include "bot/cli/commands.h"

#include <cstdio>
#include <iostream>
#include <string>

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

std::string joined(const std::vector<std::string>& words) {
  std::string text;
  for (const auto& w : words) text += (text.empty() ? "" : " ") + w;
  return text;
}

std::string json_line(const ChatReply& reply) {
  return to_json_with_candidates(reply).dump(-1, ' ', false,
                                             nlohmann::json::error_handler_t::replace);
}

}  // namespace

const std::vector<std::string> kBotValueOptions = {
    "--db",    "--state", "--corpus",       "--lexicon", "--persona", "--model",
    "--until", "--user",  "--conversation", "--cv",      "--out",     "--ablate"};

BotOptions bot_options_from(const CliArgs& args) {
  BotOptions options;
  options.corpus_path = resolve_project_path(args.option("--corpus").value_or(options.corpus_path));
  options.lexicon_path =
      resolve_project_path(args.option("--lexicon").value_or(options.lexicon_path));
  options.persona_path =
      resolve_project_path(args.option("--persona").value_or(options.persona_path));
  if (auto model = args.option("--model")) options.model_path = resolve_project_path(*model);
  options.index_path = args.option("--db").value_or(options.index_path);
  options.state_path = args.option("--state").value_or(options.state_path);
  return options;
}

int run_ask(const CliArgs& args) {
  const auto until = until_from(args);
  BotOptions options = bot_options_from(args);
  const bool json = args.has_flag("--json");
  const std::string conversation = args.option("--conversation").value_or("");
  if (conversation.empty()) options.state_path.clear();  // one-off questions keep no memory
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

int run_chat(const CliArgs& args) {
  const auto until = until_from(args);
  Bot bot(bot_options_from(args));
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

int run_index(const CliArgs& args) {
  const BotOptions options = bot_options_from(args);
  const IndexReport report =
      build_index({options.corpus_path, options.lexicon_path, ""}, options.index_path);
  std::cout << "indexed " << report.facts << " facts, " << report.quotes << " quotes, "
            << report.expansions << " expansions into " << options.index_path << " in "
            << static_cast<int>(report.build_ms) << " ms\n";
  return 0;
}

void print_help() {
  std::cout << R"(lenbot: ask Kagamine Len about his story, answered from his fan-wiki article.

Usage:
  lenbot ask [--json] [--until PART] "question"   one question, Len's reply (or JSON)
  lenbot ask [--json] [--until PART] < questions   one question per line in, one reply per line out
  lenbot chat [--until PART]                       interactive chat in the terminal
  lenbot quiz [--until PART] [--user NAME]         Len quizzes you (answer, hint, skip, score, stop)
  lenbot quiz --export opentdb [--out FILE]        the question bank in Open Trivia DB's JSON
  lenbot index                                     rebuild the search index now
  lenbot eval [--model M] FILE...                  recall@1/@5, declines, per question file
  lenbot eval --cv 5 [--ablate F,..] FILE...       held-out figures of 5-fold cross-validation
  lenbot train [--out F] [FILE...]                 fit corpus/ranker_model.json from tests/data
  lenbot serve [--config FILE] [--host H] [--port N]  HTTP API, chat page and webhooks
  lenbot discord-commands [--compact]              JSON body registering /ask and /quiz (docs/discord.md)
  lenbot --help                                    this text

Options for ask, chat and index:
  --db PATH         search index (default data/lenbot.db; rebuilt when the corpus changes)
  --state PATH      conversation memory (default data/state.db)
  --corpus PATH     the article (default corpus/kagamine_len_article.txt)
  --lexicon PATH    the hand lexicon (default corpus/lexicon.tsv)
  --persona PATH    the persona file (default personas/len.json)
  --until PART      spoiler shield: answer only from up to part1, part2, part3 or part4
  --conversation ID remember follow-ups under this id (ask keeps no memory without one)
  --user NAME       who is asking
  --model PATH      the learned ranker (corpus/ranker_model.json; off unless given)
  --json            print {"reply","intent","confidence","sources","candidates"} per question
)";
}

}  // namespace lenbot
