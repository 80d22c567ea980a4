#include "bot/chat/bot_config.h"

namespace lenbot {

BotOptions bot_options_from(const Config& config) {
  BotOptions options;
  options.corpus_path = config.corpus;
  options.lexicon_path = config.lexicon;
  options.index_path = config.db;
  options.persona_path = config.persona;
  // A PostgreSQL state_db is opened by the caller (BotOptions::conversations), never as a file.
  options.state_path = is_postgres_uri(config.state_db) ? "" : config.state_db;
  options.reply_cache_size = config.reply_cache;
  options.model_path = config.model;
  return options;
}

}  // namespace lenbot
