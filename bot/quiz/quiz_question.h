#pragma once
// One generated quiz question and the bank that holds them. Plain data: every question is
// built from one plot segment by code (see question_bank.h), never written by hand.
#include <string>
#include <vector>

#include "bot/ingest/article.h"

namespace lenbot {

enum class QuestionKind {
  kMultipleChoice,  // a sentence with a blank and four options
  kWhoDidIt,        // "Who stole Camui's wallet ...?" with four people as options
  kFillIn,          // a sentence with a blank, answered in free text
};

// The type a candidate answer has; distractors always share the answer's type.
enum class AnswerType { kPerson, kLocation, kArtifact, kFood, kTime, kAnimal, kPlant };

std::string_view kind_name(QuestionKind kind);       // "multiple", "who", "fill_in"
std::string_view answer_type_name(AnswerType type);  // "person", "location", ...

struct QuizQuestion {
  std::string id;  // stable across rebuilds of the same corpus: "q<segment>-<n>"
  QuestionKind kind = QuestionKind::kFillIn;
  AnswerType type = AnswerType::kArtifact;
  std::string text;  // as Len asks it: his first person where he is in the sentence ("Rin and
                     // I were released to a ___."); never contains the answer
  std::string neutral_text;              // the same question in the article's third person
  std::string answer;                    // the official answer, as the source writes it
  std::vector<std::string> options;      // 4 strings with the answer once; empty for fill-in
  int correct_option = -1;               // index into options; -1 for fill-in
  std::vector<std::string> distractors;  // same-type wrong answers (also kept for fill-in)
  StoryPart part = StoryPart::kNone;
  int segment_id = 0;
  std::string source_text;  // the segment's own words (citation markers removed)
  std::vector<int> cites;
};

}  // namespace lenbot
