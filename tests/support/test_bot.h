#pragma once
// The Bot the tests use: the shipped corpus, lexicon and persona, with its index (and, when
// asked, its conversation memory) in a temporary directory of the test's own.
#include <unistd.h>

#include <filesystem>
#include <string>

#include "bot/chat/bot.h"

namespace lenbot {

// A fresh directory under the system's temp dir, unique to this process and `name`.
inline std::filesystem::path test_directory(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("lenbot_" + name + "_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  return dir;
}

// Options for a Bot over the shipped corpus in `dir`, whose index is built here, as a command
// would before it builds a Bot.
inline BotOptions test_bot_options(const std::filesystem::path& dir, bool remember) {
  BotOptions options;
  options.corpus_path = LENBOT_SOURCE_DIR "/corpus/kagamine_len_article.txt";
  options.lexicon_path = LENBOT_SOURCE_DIR "/corpus/lexicon.tsv";
  options.persona_path = LENBOT_SOURCE_DIR "/personas/len.json";
  options.index_path = (dir / "index.db").string();
  options.state_path = remember ? (dir / "state.db").string() : "";
  prepare_index(options);
  return options;
}

}  // namespace lenbot
