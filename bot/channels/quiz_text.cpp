#include "bot/channels/quiz_text.h"

#include "bot/text/utf8.h"

namespace lenbot {
namespace {

constexpr std::size_t kSourceLimit = 300;

std::string source_line(const QuizSource& source) {
  std::string cites;
  for (const int cite : source.cite) cites += "[" + std::to_string(cite) + "]";
  std::string text = truncate_text(source.text, kSourceLimit, TextUnit::kUtf16);
  return cites.empty() ? text : cites + " " + text;
}

}  // namespace

std::string graded_text(const QuizAnswerReply& reply, FootnoteStyle style) {
  std::string text = reply.reply;
  if (reply.near_miss) text += " (official answer: " + reply.answer + ")";
  const std::string source = source_line(reply.source);
  if (!source.empty()) {
    text += style == FootnoteStyle::kDiscordSubtext ? "\n-# source: " + source + "\n"
                                                    : "\n(source: " + source + ")\n";
  }
  if (!reply.next_reply.empty()) text += "\n" + reply.next_reply;
  return text;
}

std::string leaderboard_text(const std::vector<LeaderboardEntry>& board,
                             const std::function<std::string(const std::string&)>& name) {
  std::string text = "Quiz leaderboard:";
  int rank = 0;
  for (const LeaderboardEntry& entry : board) {
    text += "\n" + std::to_string(++rank) + ". " + name(entry.user) + " - " +
            std::to_string(entry.score.points) + " points (best streak " +
            std::to_string(entry.score.best_streak) + ")";
  }
  return text;
}

std::string quiz_error_text(const QuizError& error, std::string_view start) {
  switch (error.code) {
    case QuizErrorCode::kNoSession:
      return "You don't have a quiz running here. Start one with " + std::string(start) + "!";
    case QuizErrorCode::kNoQuestion:
    case QuizErrorCode::kStaleQuestion:
    case QuizErrorCode::kAlreadyAnswered:
      return "That question was already answered, one try each! Look for the newest one.";
    case QuizErrorCode::kEmptyAnswer:
      return "You have to actually answer something!";
    case QuizErrorCode::kBadOption:
      return "That button isn't mine to press... maybe it's from an old message?";
    case QuizErrorCode::kNoQuestions:
      return "I don't have questions for that part of the story yet!";
    case QuizErrorCode::kUnknownChannel:
      return "Nobody has played a quiz here yet. Be the first with " + std::string(start) + "!";
    case QuizErrorCode::kBadUser:
      break;
  }
  return "Huh, I can't tell who you are... try again?";
}

}  // namespace lenbot
