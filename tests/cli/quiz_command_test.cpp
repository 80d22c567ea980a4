#include "bot/cli/quiz_command.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/quiz/quiz_test_support.h"

namespace lenbot {
namespace {

using testing::source_path;

std::vector<std::string> with_paths(std::vector<std::string> args) {
  for (const auto& [flag, path] : {std::pair{"--corpus", "corpus/kagamine_len_article.txt"},
                                   std::pair{"--aliases", "corpus/aliases.tsv"},
                                   std::pair{"--persona", "personas/len.json"}}) {
    args.push_back(flag);
    args.push_back(source_path(path));
  }
  return args;
}

TEST(QuizCommandTest, ExportsOpenTriviaDbJson) {
  std::istringstream in;
  std::ostringstream out;
  std::ostringstream err;
  ASSERT_EQ(run_quiz_command(with_paths({"--export", "opentdb"}), in, out, err), 0) << err.str();
  const auto exported = nlohmann::json::parse(out.str(), nullptr, false);
  ASSERT_FALSE(exported.is_discarded());
  EXPECT_EQ(exported["response_code"], 0);
  EXPECT_GE(exported["results"].size(), 80u);
}

TEST(QuizCommandTest, PlaysFromStdin) {
  testing::TempDb db("cli");
  std::istringstream in("dog\nhint\nmaster\nscore\nskip\nstop\n");
  std::ostringstream out;
  std::ostringstream err;
  const auto args = with_paths({"--until", "russia", "--user", "ann", "--state", db.path()});
  ASSERT_EQ(run_quiz_command(args, in, out, err), 0) << err.str();
  const auto text = out.str();
  EXPECT_NE(text.find("stray ___ adopted by Irina"), std::string::npos) << text;
  EXPECT_NE(text.find("source [1]"), std::string::npos) << text;
  EXPECT_NE(text.find("m****r"), std::string::npos) << text;
  EXPECT_NE(text.find("22 points"), std::string::npos) << text;
}

TEST(QuizCommandTest, BadUsageIsReported) {
  struct Case {
    std::vector<std::string> args;
    const char* message;
  };
  const Case cases[] = {{{"--until", "part9"}, "--until"},
                        {{"--export", "kahoot"}, "opentdb"},
                        {{"--frobnicate", "1"}, "unknown option"},
                        {{"--user"}, "missing value"},
                        {{"--corpus", "/nonexistent/article.txt"}, "nonexistent"}};
  for (const auto& c : cases) {
    std::istringstream in;
    std::ostringstream out;
    std::ostringstream err;
    EXPECT_EQ(run_quiz_command(c.args, in, out, err), 2) << c.message;
    EXPECT_NE(err.str().find(c.message), std::string::npos) << err.str();
  }
}

}  // namespace
}  // namespace lenbot
