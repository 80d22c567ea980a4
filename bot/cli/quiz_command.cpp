#include "bot/cli/quiz_command.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>

#include "bot/cli/pg_state.h"
#include "bot/ingest/article_parser.h"
#include "bot/quiz/opentdb_export.h"
#include "bot/quiz/pg_quiz_store.h"
#include "bot/quiz/quiz_json.h"
#include "bot/quiz/quiz_move.h"
#include "bot/quiz/quiz_service.h"
#include "bot/quiz/sqlite_quiz_store.h"
#include "bot/storage/database.h"

namespace lenbot {
namespace {

struct Options {
  std::string corpus = "corpus/kagamine_len_article.txt";
  std::string aliases = "corpus/aliases.tsv";
  bool aliases_named = false;
  std::string persona = "personas/len.json";
  std::string state = "data/state.db";
  std::string channel = "cli";
  std::string user;
  std::optional<StoryPart> until;
  bool shuffle = false;
  std::string export_format;
  std::string out;
};

// Parses the flags; returns an error message, or "" when they are fine.
std::string parse_options(const std::vector<std::string>& args, Options& o) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto& flag = args[i];
    if (flag == "--shuffle") {
      o.shuffle = true;
      continue;
    }
    if (i + 1 >= args.size()) return "missing value after " + flag;
    const auto& value = args[++i];
    if (flag == "--until") {
      o.until = parse_part(value);
      if (!o.until) return "--until takes part1..part4 or russia, not " + value;
    } else if (flag == "--user") {
      o.user = value;
    } else if (flag == "--channel") {
      o.channel = value;
    } else if (flag == "--state" || flag == "--state-db") {
      o.state = value;
    } else if (flag == "--corpus") {
      o.corpus = value;
    } else if (flag == "--aliases") {
      o.aliases = value;
      o.aliases_named = true;
    } else if (flag == "--persona") {
      o.persona = value;
    } else if (flag == "--export") {
      o.export_format = value;
      if (value != "opentdb") return "--export supports only opentdb";
    } else if (flag == "--out") {
      o.out = value;
    } else {
      return "unknown option " + flag;
    }
  }
  if (o.user.empty()) {
    const char* env = std::getenv("USER");
    o.user = env != nullptr && *env != '\0' ? env : "fan";
  }
  return "";
}

int export_bank(const QuestionBank& bank, const Options& o, std::ostream& out, std::ostream& err) {
  const auto text = export_opentdb(bank).dump(2) + "\n";
  if (o.out.empty()) {
    out << text;
    return 0;
  }
  std::ofstream file(o.out);
  if (!file || !(file << text)) {
    err << "lenbot quiz: cannot write " << o.out << "\n";
    return 2;
  }
  return 0;
}

void print_answer(const QuizResult<QuizAnswerReply>& result, std::ostream& out) {
  if (!result) {
    out << result.error().message << "\n";
    return;
  }
  const auto& r = result.value();
  out << r.reply << "\n";
  if (r.near_miss) out << "(official answer: " << r.answer << ")\n";
  out << "  source";
  for (int cite : r.source.cite) out << " [" << cite << "]";
  out << ": " << r.source.text << "\n";
  if (r.next) out << "\n" << r.next_reply << "\n";
}

// One line of input; false when the fan stopped.
bool handle_line(QuizService& quiz, const Options& o, const std::string& line, std::ostream& out) {
  switch (parse_quiz_move(line)) {
    case QuizMove::kStop:
      return false;
    case QuizMove::kHint: {
      auto r = quiz.hint(o.channel, o.user);
      out << (r ? r->reply + " (worth " + std::to_string(r->points_available) + " now)"
                : r.error().message)
          << "\n";
      break;
    }
    case QuizMove::kSkip:
      print_answer(quiz.skip(o.channel, o.user), out);
      break;
    case QuizMove::kScore: {
      auto r = quiz.score(o.channel, o.user);
      out << (r ? r->reply : r.error().message) << "\n";
      break;
    }
    case QuizMove::kLeaderboard: {
      auto r = quiz.leaderboard(o.channel, 10);
      out << (r ? to_json(o.channel, r.value()).dump(2) : r.error().message) << "\n";
      break;
    }
    case QuizMove::kAnswer:
      if (!line.empty()) print_answer(quiz.answer(o.channel, o.user, line), out);
      break;
  }
  return true;
}

int play(const QuestionBank& bank, const Options& o, std::istream& in, std::ostream& out,
         std::ostream& err) {
  std::unique_ptr<QuizStore> store;
  if (auto pool = open_pg_state(o.state)) {
    store = std::make_unique<PgQuizStore>(pool);  // the same sessions the replicas play
  } else {
    const auto parent = std::filesystem::path(o.state).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent);
    store = std::make_unique<SqliteQuizStore>(o.state);
  }
  QuizService quiz(bank, load_quiz_voice(o.persona), *store);
  auto started = quiz.start(o.channel, o.user, o.until, !o.shuffle);
  if (!started) {
    err << "lenbot quiz: " << started.error().message << "\n";
    return 2;
  }
  out << started->reply << "\n(answer, or: hint, skip, score, leaderboard, stop)\n";
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!handle_line(quiz, o, line, out)) break;
  }
  auto stopped = quiz.stop(o.channel, o.user);
  out << (stopped ? stopped->reply : stopped.error().message) << "\n";
  return 0;
}

}  // namespace

int run_quiz_command(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
                     std::ostream& err) {
  Options options;
  if (auto problem = parse_options(args, options); !problem.empty()) {
    err << "lenbot quiz: " << problem << "\n";
    return 2;
  }
  // The quiz's answer aliases live beside the corpus they describe, unless named.
  if (!options.aliases_named) {
    options.aliases =
        (std::filesystem::path(options.corpus).parent_path() / "aliases.tsv").string();
  }
  if (options.state.empty()) {
    err << "lenbot quiz: the quiz keeps its score in state_db, which is empty\n";
    return 2;
  }
  try {
    const auto bank = QuestionBank::load(options.corpus, options.aliases);
    if (!options.export_format.empty()) return export_bank(bank, options, out, err);
    return play(bank, options, in, out, err);
  } catch (const std::exception& e) {  // IngestError, AliasError, QuizVoiceError, StorageError
    err << "lenbot quiz: " << e.what() << "\n";
    return 2;
  }
}

int run_quiz_command(int argc, char** argv) {
  std::vector<std::string> args;
  for (int i = 1; i < argc; ++i) args.emplace_back(argv[i]);
  return run_quiz_command(args, std::cin, std::cout, std::cerr);
}

}  // namespace lenbot
