#include "bot/index/word_forms.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace lenbot {
namespace {

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += w + " ";
  return out;
}

TEST(WordFormsTest, FindsTheRegularBaseForm) {
  struct Case {
    const char* word;
    const char* base;
  };
  const Case cases[] = {
      {"swiped", "swipe"},   {"nicking", "nick"},  {"nicked", "nick"},   {"buries", "bury"},
      {"crushing", "crush"}, {"cried", "cry"},     {"stopped", "stop"},  {"pups", "pup"},
      {"glasses", "glass"},  {"swiping", "swipe"}, {"stopping", "stop"}, {"called", "call"},
      {"lying", "lie"},      {"happier", "happy"}, {"biggest", "big"},   {"wolves", "wolf"},
      {"knives", "knife"},   {"tied", "tie"},      {"boxes", "box"},     {"memories", "memory"},
      {"hugged", "hug"},     {"smoked", "smoke"},  {"swipes", "swipe"},  {"played", "play"},
  };
  for (const auto& c : cases) {
    const auto forms = candidate_base_forms(c.word);
    EXPECT_NE(std::find(forms.begin(), forms.end(), c.base), forms.end())
        << c.word << " -> [" << joined(forms) << "] lacks " << c.base;
  }
}

TEST(WordFormsTest, OrdersTheLikeliestBaseFirst) {
  struct Case {
    const char* word;
    std::vector<std::string> expected;
  };
  const Case cases[] = {
      {"swiped", {"swiped", "swipe", "swip"}},    {"stopped", {"stopped", "stop", "stopp"}},
      {"nicking", {"nicking", "nick", "nicke"}},  {"buries", {"buries", "bury", "burie"}},
      {"cried", {"cried", "cry", "cri", "crie"}}, {"glasses", {"glasses", "glass", "glasse"}},
  };
  for (const auto& c : cases) EXPECT_EQ(candidate_base_forms(c.word), c.expected) << c.word;
}

TEST(WordFormsTest, LeavesWordsWithoutASuffixAlone) {
  struct Case {
    const char* word;
    std::vector<std::string> expected;
  };
  const Case cases[] = {
      {"len", {"len"}},     {"glass", {"glass"}}, {"virus", {"virus"}}, {"this", {"this"}},
      {"sing", {"sing"}},   {"red", {"red"}},     {"s", {"s"}},         {"", {""}},
      {"bring", {"bring"}}, {"dog", {"dog"}},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(candidate_base_forms(c.word), c.expected)
        << c.word << " -> " << joined(candidate_base_forms(c.word));
  }
}

}  // namespace
}  // namespace lenbot
