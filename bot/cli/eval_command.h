#pragma once
// `lenbot eval` and `lenbot train`: the learned ranker measured and fitted from question files
// in the dev/train format (bot/eval/). Each returns the process exit code.
#include "bot/cli/cli_args.h"
#include "bot/config/config.h"

namespace lenbot {

// lenbot eval [--cv N] [--ablate f1,f2] FILE... : the shipped model's figures per file, or with
// --cv the held-out figures of N-fold cross-validation over all the files together.
int run_eval(const CliArgs& args, const Config& config);
// lenbot train [--out FILE] [FILE...] : fits the model on the files (default: every question
// set in tests/data) and writes it (default corpus/ranker_model.json).
int run_train(const CliArgs& args, const Config& config);

// The question sets in tests/data that `lenbot train` and RecallTest use.
std::vector<std::string> default_training_files();

}  // namespace lenbot
