#include "bot/chat/bot_config.h"

namespace lenbot {

BotOptions bot_options_from(const Config& config) {
  BotOptions options;
  options.corpus_path = config.corpus;
  options.lexicon_path = config.lexicon;
  options.index_path = config.db;
  options.persona_path = config.persona;
  options.state_path = config.state_db;
  options.reply_cache_size = config.reply_cache;
  options.model_path = config.model;
  return options;
}

}  // namespace lenbot
