#include "bot/cli/eval_command.h"

#include <cstdio>
#include <filesystem>
#include <iostream>

#include "bot/cli/commands.h"
#include "bot/eval/candidate_recall.h"
#include "bot/eval/training.h"
#include "bot/index/indexer.h"

namespace lenbot {
namespace {

// The index, knowledge and hand retriever every eval and train run needs.
struct Setup {
  explicit Setup(const BotOptions& options)
      : index_path(options.index_path),
        report(ensure_index({options.corpus_path, options.lexicon_path, ""}, index_path)),
        knowledge(load(index_path)),
        hand(knowledge, index_path) {}

  static Knowledge load(const std::string& path) {
    Database db(path, Database::Mode::kReadOnly);
    return Knowledge::load(db);
  }

  std::string index_path;
  IndexReport report;
  const Knowledge knowledge;
  Retriever hand;
};

std::vector<std::size_t> ablated(const CliArgs& args) {
  std::vector<std::size_t> indices;
  std::string names = args.option("--ablate").value_or("");
  std::size_t start = 0;
  while (start < names.size()) {
    const std::size_t end = std::min(names.find(',', start), names.size());
    const std::string name = names.substr(start, end - start);
    const auto it = std::find(kFactFeatureNames.begin(), kFactFeatureNames.end(), name);
    if (it == kFactFeatureNames.end())
      throw UsageError("--ablate: no feature named '" + name + "'");
    indices.push_back(static_cast<std::size_t>(it - kFactFeatureNames.begin()));
    start = end + 1;
  }
  return indices;
}

int cv_figures(const CliArgs& args, const Config& config, const std::vector<std::string>& files) {
  const int folds = std::stoi(args.option("--cv").value_or("5"));
  if (folds < 2 || folds > 20) throw UsageError("--cv takes 2 to 20 folds");
  Setup setup(bot_options_from(config));
  std::vector<EvalItem> items;
  std::vector<std::pair<std::string, std::size_t>> ends;  // file, one past its last item
  for (const auto& file : files) {
    auto more = load_eval_items(file);
    items.insert(items.end(), more.begin(), more.end());
    ends.emplace_back(file, items.size());
  }
  TrainingOptions options;
  options.folds = folds;
  options.ablate = ablated(args);
  options.pairwise = args.has_flag("--pairwise");
  options.confidence_right = args.has_flag("--confidence-right");
  const auto questions = prepare_training(items, setup.knowledge, setup.hand, folds);
  std::cout << candidate_recall(questions, setup.knowledge).summary() << '\n';
  const auto outcomes = cross_validate(questions, setup.knowledge, setup.index_path, options);
  std::size_t begin = 0;
  for (const auto& [file, end] : ends) {
    const std::vector<QuestionOutcome> part(outcomes.begin() + static_cast<long>(begin),
                                            outcomes.begin() + static_cast<long>(end));
    std::cout << file << ": " << figures_of(part).summary() << '\n';
    begin = end;
  }
  std::cout << "all (" << folds << "-fold, held out): " << figures_of(outcomes).summary() << '\n';
  int answerable = 0, pooled = 0, top_right = 0;
  for (const auto& o : outcomes) {
    answerable += o.answerable ? 1 : 0;
    pooled += o.answerable && o.in_pool ? 1 : 0;
    top_right += o.answerable && o.top_right ? 1 : 0;
  }
  std::printf("learned pool holds a right fact: %.3f; first fact right, no threshold: %.3f\n",
              pooled / std::max(1.0, static_cast<double>(answerable)),
              top_right / std::max(1.0, static_cast<double>(answerable)));
  // The chosen threshold differs per fold; the curve is over the held-out confidences.
  std::vector<double> thresholds;
  for (int t = 5; t <= 95; t += 5) thresholds.push_back(t / 100.0);
  std::cout << tradeoff_table(outcomes, thresholds, -1.0);
  return 0;
}

}  // namespace

std::vector<std::string> default_training_files() {
  return {"tests/data/train_questions.jsonl", "tests/data/train_unanswerable_questions.jsonl",
          "tests/data/dev_questions.jsonl",   "tests/data/fan_questions.jsonl",
          "tests/data/blind_questions.jsonl", "tests/data/unanswerable_questions.jsonl"};
}

int run_eval(const CliArgs& args, const Config& config) {
  if (args.positional.empty()) throw UsageError("eval needs at least one question file");
  if (args.option("--cv")) return cv_figures(args, config, args.positional);
  const BotOptions options = bot_options_from(config);
  Setup setup(options);
  std::optional<RankerModel> model;
  if (!options.model_path.empty()) model = load_ranker_model(options.model_path);
  Retriever retriever(setup.knowledge, setup.index_path, {}, model ? &*model : nullptr);
  AnswerPlanner planner(setup.knowledge, retriever);
  EvalFigures all;
  for (const auto& file : args.positional) {
    EvalFigures figures;
    for (const auto& item : load_eval_items(file)) {
      const auto outcome = evaluate_question(item, planner, retriever, setup.knowledge);
      figures.add(outcome);
      all.add(outcome);
    }
    std::cout << file << ": " << figures.summary() << '\n';
  }
  if (args.positional.size() > 1) std::cout << "all: " << all.summary() << '\n';
  return 0;
}

int run_train(const CliArgs& args, const Config& config) {
  const BotOptions options = bot_options_from(config);
  Setup setup(options);
  const auto files = args.positional.empty() ? default_training_files() : args.positional;
  std::vector<EvalItem> items;
  for (const auto& file : files) {
    auto more = load_eval_items(file);
    items.insert(items.end(), more.begin(), more.end());
  }
  TrainingOptions training;
  const auto questions = prepare_training(items, setup.knowledge, setup.hand, training.folds);
  std::vector<std::size_t> all(questions.size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
  const RankerModel model = fit_model(questions, all, setup.knowledge, training);
  const std::string out = args.option("--out").value_or(
      (std::filesystem::path(config.corpus).parent_path() / "ranker_model.json").string());
  save_ranker_model(model, out);
  std::cout << "fitted on " << questions.size() << " questions; threshold " << model.threshold
            << "; written to " << out << '\n';
  return 0;
}

}  // namespace lenbot
