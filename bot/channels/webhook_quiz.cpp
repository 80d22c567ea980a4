#include "bot/channels/webhook_quiz.h"

#include <algorithm>

#include "bot/channels/quiz_text.h"
#include "bot/quiz/quiz_move.h"
#include "bot/text/ascii.h"

namespace lenbot {
namespace {

constexpr std::string_view kStart = "`!quiz`";
constexpr std::string_view kHowToPlay =
    "\n(Answer right here: a letter or the words. Or say hint, skip, score or stop.)";
constexpr int kLeaderboardSize = 10;

struct Player {
  std::string channel;  // "webhook:<channel id>"
  std::string user;     // the sender's id
};

Player player_of(const ChatRequest& request) {
  const auto colon = request.conversation.rfind(':');
  if (colon == std::string::npos) return {};
  return {request.conversation.substr(0, colon), request.conversation.substr(colon + 1)};
}

std::string trimmed(std::string_view text) { return std::string(trim(text)); }

// Digits-only ids come from Discord relays, where a mention renders as the display name (the
// reply's allowed_mentions keeps it from pinging); other chats get the id as it is.
std::string user_label(const std::string& id) {
  const bool snowflake =
      !id.empty() && std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
  return snowflake ? "<@" + id + ">" : id;
}

std::string start(const Player& player, const std::string& part, QuizService& quiz) {
  std::optional<StoryPart> until;
  if (!part.empty()) {
    until = parse_part(part);
    if (!until) return "I only know part1 to part4 for the quiz! Try `!quiz start part2`.";
  }
  const auto started = quiz.start(player.channel, player.user, until, true);
  if (!started) return quiz_error_text(started.error(), kStart);
  return started->reply + std::string(kHowToPlay);
}

std::string answered(const QuizResult<QuizAnswerReply>& result) {
  return result ? graded_text(result.value(), FootnoteStyle::kPlain)
                : quiz_error_text(result.error(), kStart);
}

std::string play(const Player& player, const std::string& text, QuizService& quiz) {
  switch (parse_quiz_move(text)) {
    case QuizMove::kAnswer:
      return answered(quiz.answer(player.channel, player.user, text));
    case QuizMove::kSkip:
      return answered(quiz.skip(player.channel, player.user));
    case QuizMove::kHint: {
      const auto r = quiz.hint(player.channel, player.user);
      return r ? r->reply + " (worth " + std::to_string(r->points_available) + " now)"
               : quiz_error_text(r.error(), kStart);
    }
    case QuizMove::kScore: {
      const auto r = quiz.score(player.channel, player.user);
      return r ? r->reply : quiz_error_text(r.error(), kStart);
    }
    case QuizMove::kStop: {
      const auto r = quiz.stop(player.channel, player.user);
      return r ? r->reply : quiz_error_text(r.error(), kStart);
    }
    case QuizMove::kLeaderboard: {
      const auto r = quiz.leaderboard(player.channel, kLeaderboardSize);
      return r ? leaderboard_text(r.value(), user_label) : quiz_error_text(r.error(), kStart);
    }
  }
  return {};
}

}  // namespace

std::string webhook_quiz_command(const ChatRequest& request, QuizService& quiz) {
  const Player player = player_of(request);
  const std::string args = trimmed(request.message);
  if (args.empty()) return start(player, "", quiz);
  if (args == "start" || args.starts_with("start "))
    return start(player, trimmed(args.substr(5)), quiz);
  return play(player, args, quiz);
}

bool webhook_quiz_running(const ChatRequest& request, QuizService& quiz) {
  const Player player = player_of(request);
  const auto score = quiz.score(player.channel, player.user);
  return score && score->active;
}

std::string webhook_quiz_move(const ChatRequest& request, QuizService& quiz) {
  return play(player_of(request), trimmed(request.message), quiz);
}

}  // namespace lenbot
