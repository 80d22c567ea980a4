#pragma once
// The Bot core every channel calls: one question in, Len's reply out. Reads the index the
// command prepared (prepare_index), owns the persona and the conversation memory. ask() is
// safe to call from many threads at once.
#include <memory>
#include <string>

#include "bot/chat/chat_types.h"
#include "bot/chat/lru_cache.h"

namespace lenbot {

class ConversationStore;
class LivePersona;

struct BotOptions {
  std::string corpus_path = "corpus/kagamine_len_article.txt";
  std::string lexicon_path = "corpus/lexicon.tsv";
  std::string index_path = "data/lenbot.db";
  std::string persona_path = "personas/len.json";
  // The persona to speak with when set (serve shares it with the channels and swaps it on
  // SIGHUP); persona_path is then not read. Each reply uses the persona of its moment.
  std::shared_ptr<LivePersona> persona;
  // The learned ranker (`lenbot train` writes corpus/ranker_model.json). Off ("") by default:
  // cross-validated it is not yet better than the hand ranker (docs/retrieval.md). Missing:
  // the hand ranker answers alone, with a warning; malformed: start-up fails.
  std::string model_path;
  std::string state_path = "data/state.db";  // conversations; "" keeps no memory
  int conversation_ttl_seconds = 3600;
  // Where conversations live when set (e.g. PgConversationStore; must be thread-safe);
  // state_path is then not opened.
  std::shared_ptr<ConversationStore> conversations;
  // Plans of stand-alone questions kept (LRU), shared by every channel; 0 keeps none.
  int reply_cache_size = 1024;
};

// What a command runs before it builds a Bot: builds the index at options.index_path when it is
// missing or its sources changed (logging what it did), else leaves it. Throws IngestError,
// LexiconError, WordNetError or StorageError.
void prepare_index(const BotOptions& options);

class Bot {
 public:
  // Opens the index read-only and loads the persona; never builds the index. Throws a typed
  // error (StorageError when the index is missing: run `lenbot index`, PersonaError) when
  // start-up cannot succeed.
  explicit Bot(const BotOptions& options);
  ~Bot();
  Bot(const Bot&) = delete;
  Bot& operator=(const Bot&) = delete;

  ChatReply ask(const ChatRequest& request);

  // Hits and misses of the reply cache: what answers a stand-alone question (the chosen facts,
  // quote or decline) is remembered per question text and spoiler shield; the wording is
  // chosen per turn as before, and follow-ups are never cached.
  CacheStats reply_cache_stats() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lenbot
