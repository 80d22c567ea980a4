#include "bot/eval/eval_set.h"

#include <fstream>

#include "tests/retrieval/retrieval_fixture.h"

namespace lenbot {
namespace {

class EvalSetTest : public RetrievalFixture {
 protected:
  static std::string write(const std::string& name, const std::string& text) {
    const auto path = dir_->file(name);
    std::ofstream(path) << text;
    return path;
  }
};

TEST_F(EvalSetTest, ReadsAnswerableAndUnanswerableLines) {
  const auto items = load_eval_items(
      write("set.jsonl",
            "{\"id\": \"a1\", \"q\": \"who r u\", \"gold\": [1, 7], \"answer\": \"Len\"}\n\n"
            "{\"id\": \"u1\", \"q\": \"fave food?\", \"expect\": \"no_fact\"}\n"
            "{\"q\": \"when is your birthday\"}\n"));
  ASSERT_EQ(items.size(), 3u);
  EXPECT_TRUE(items[0].answerable);
  EXPECT_EQ(items[0].gold, (std::vector<int>{1, 7}));
  EXPECT_FALSE(items[1].answerable);
  // No id: the question text fixes its fold.
  EXPECT_EQ(items[2].id, "when is your birthday");
  EXPECT_EQ(fold_of(items[2], 5), fold_of(items[2], 5));
}

TEST_F(EvalSetTest, RefusesMalformedLines) {
  struct Case {
    const char* text;
  };
  for (const auto& c : {Case{"not json\n"}, Case{"{\"id\": \"x\"}\n"}, Case{"[1, 2]\n"},
                        Case{"{\"q\": \"x\", \"gold\": []}\n"}}) {
    EXPECT_THROW(load_eval_items(write("bad.jsonl", c.text)), std::runtime_error) << c.text;
  }
  EXPECT_THROW(load_eval_items(dir_->file("missing.jsonl")), std::runtime_error);
}

TEST_F(EvalSetTest, GoldRules) {
  EvalItem cites{"a", "q", true, {4}, ""};
  EXPECT_TRUE(fact_answers(fact_citing(4), cites, *knowledge_));
  EXPECT_FALSE(fact_answers(fact_citing(9), cites, *knowledge_));
  // [1] also stands for the uncited intro and infobox.
  const Fact* uncited = nullptr;
  for (const auto& f : knowledge_->facts) {
    if (f.cites.empty()) uncited = uncited ? uncited : &f;
  }
  ASSERT_NE(uncited, nullptr);
  EXPECT_TRUE(fact_answers(*uncited, EvalItem{"b", "q", true, {1}, ""}, *knowledge_));
  EXPECT_FALSE(fact_answers(*uncited, cites, *knowledge_));
  // No gold numbers: the answer text, anywhere in the fact's sentence, case-insensitively.
  const Fact& four = fact_citing(4);
  const std::string word = four.text.substr(0, four.text.find(' '));
  std::string upper = word;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  EXPECT_TRUE(fact_answers(four, EvalItem{"c", "q", true, {}, upper}, *knowledge_));
  EXPECT_FALSE(fact_answers(four, EvalItem{"c", "q", true, {}, "zzqx"}, *knowledge_));
  EXPECT_FALSE(fact_answers(four, EvalItem{"u", "q", false, {}, ""}, *knowledge_));
}

}  // namespace
}  // namespace lenbot
