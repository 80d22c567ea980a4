#pragma once
// The Bot the tests use: the shipped corpus, lexicon and persona, with its index (and, when
// asked, its conversation memory) in a temporary directory of the test's own.
#include <filesystem>
#include <string>

#include "bot/chat/bot.h"
#include "tests/support/temp_dir.h"

namespace lenbot {

// Options for a Bot over the shipped corpus in `dir`, whose index is built here, as a command
// would before it builds a Bot. It answers with the shipped learned ranker, as the config's
// default does; a test about the hand ranker clears `model_path`.
inline BotOptions test_bot_options(const std::filesystem::path& dir, bool remember) {
  BotOptions options;
  options.corpus_path = LENBOT_SOURCE_DIR "/corpus/kagamine_len_article.txt";
  options.lexicon_path = LENBOT_SOURCE_DIR "/corpus/lexicon.tsv";
  options.persona_path = LENBOT_SOURCE_DIR "/personas/len.json";
  options.index_path = (dir / "index.db").string();
  options.state_path = remember ? (dir / "state.db").string() : "";
  options.model_path = LENBOT_SOURCE_DIR "/corpus/ranker_model.json";
  prepare_index(options);
  return options;
}

}  // namespace lenbot
