// Per-answer latency of the Bot core over the dev questions, and the index build time.
// Run: build/bench/bot_bench (from the repository root).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "bot/chat/bot.h"
#include "bot/index/indexer.h"

namespace {

std::string source(const std::string& relative) {
  return std::string(LENBOT_SOURCE_DIR) + "/" + relative;
}

std::vector<std::string> dev_questions() {
  std::vector<std::string> questions;
  std::ifstream in(source("tests/data/dev_questions.jsonl"));
  std::string line;
  while (std::getline(in, line)) {
    questions.push_back(nlohmann::json::parse(line)["q"].get<std::string>());
  }
  return questions;
}

// The reply cache is off unless asked for: these figures are what answering costs.
lenbot::BotOptions options(const std::string& dir, bool memory, int reply_cache = 0) {
  lenbot::BotOptions o;
  o.reply_cache_size = reply_cache;
  o.corpus_path = source("corpus/kagamine_len_article.txt");
  o.lexicon_path = source("corpus/lexicon.tsv");
  o.persona_path = source("personas/len.json");
  o.index_path = dir + "/lenbot.db";
  o.state_path = memory ? dir + "/state.db" : "";
  lenbot::prepare_index(o);
  return o;
}

std::string temp_dir(const char* name) {
  const auto dir = std::filesystem::temp_directory_path() / name;
  std::filesystem::create_directories(dir);
  return dir.string();
}

// One question per iteration, cycling through the dev set; no conversation memory.
void BM_AskDevQuestion(benchmark::State& state) {
  lenbot::Bot bot(options(temp_dir("lenbot-bench"), false));
  const auto questions = dev_questions();
  std::size_t i = 0;
  for (auto _ : state) {
    auto reply = bot.ask({"", "bench", questions[i++ % questions.size()], std::nullopt});
    benchmark::DoNotOptimize(reply);
  }
}
BENCHMARK(BM_AskDevQuestion)->Unit(benchmark::kMicrosecond);

// The same answered by the learned ranker (corpus/ranker_model.json): field BM25 over every
// fact, the candidate pool's features and two logistic models on top of the hand ranker.
void BM_AskDevQuestionLearned(benchmark::State& state) {
  auto o = options(temp_dir("lenbot-bench"), false);
  o.model_path = source("corpus/ranker_model.json");
  lenbot::Bot bot(o);
  const auto questions = dev_questions();
  std::size_t i = 0;
  for (auto _ : state) {
    auto reply = bot.ask({"", "bench", questions[i++ % questions.size()], std::nullopt});
    benchmark::DoNotOptimize(reply);
  }
}
BENCHMARK(BM_AskDevQuestionLearned)->Unit(benchmark::kMicrosecond);

// The same with the reply cache on: after the first round every question is a hit, and only
// the wording is chosen per turn.
void BM_AskDevQuestionCached(benchmark::State& state) {
  lenbot::Bot bot(options(temp_dir("lenbot-bench-cached"), false, 1024));
  const auto questions = dev_questions();
  std::size_t i = 0;
  for (auto _ : state) {
    auto reply = bot.ask({"", "bench", questions[i++ % questions.size()], std::nullopt});
    benchmark::DoNotOptimize(reply);
  }
}
BENCHMARK(BM_AskDevQuestionCached)->Unit(benchmark::kMicrosecond);

// The same with conversation memory (one SQLite read and write per turn), no reply cache.
void BM_AskWithMemory(benchmark::State& state) {
  lenbot::Bot bot(options(temp_dir("lenbot-bench-memory"), true));
  const auto questions = dev_questions();
  std::size_t i = 0;
  for (auto _ : state) {
    auto reply = bot.ask({"bench-" + std::to_string(i % 16), "bench",
                          questions[i % questions.size()], std::nullopt});
    ++i;
    benchmark::DoNotOptimize(reply);
  }
}
BENCHMARK(BM_AskWithMemory)->Unit(benchmark::kMicrosecond);

void BM_BuildIndex(benchmark::State& state) {
  const std::string dir = temp_dir("lenbot-bench-index");
  for (auto _ : state) {
    auto report = lenbot::build_index(
        {source("corpus/kagamine_len_article.txt"), source("corpus/lexicon.tsv"), ""},
        dir + "/lenbot.db");
    benchmark::DoNotOptimize(report);
  }
}
BENCHMARK(BM_BuildIndex)->Unit(benchmark::kMillisecond)->Iterations(5);

}  // namespace

BENCHMARK_MAIN();
