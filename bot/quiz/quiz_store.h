#pragma once
// Where quiz sessions live: a narrow interface so a backend other than SQLite can be added.
// A session is one (channel, user) pair; every question put to it gets the next sequence
// number, and its answer is recorded at most once.
#include <optional>
#include <string>
#include <vector>

#include "bot/ingest/article.h"

namespace lenbot {

struct QuizScore {
  int points = 0;
  int streak = 0;
  int best_streak = 0;
  int answered = 0;
  int correct = 0;
};

struct QuizSession {
  std::string channel;
  std::string user;
  bool active = false;
  StoryPart until = StoryPart::kPart4;
  bool in_story_order = true;
  std::string current_question;  // "" when no question is waiting for an answer
  int current_seq = 0;           // sequence number of the current (or last) question
  int hints = 0;                 // hints used on the current question
  QuizScore score;
};

enum class Outcome { kPending, kRight, kWrong, kSkipped };

// What happened the last time one question was put to a session.
struct AskedQuestion {
  std::string question_id;
  int last_seq = 0;
  Outcome last_outcome = Outcome::kPending;
};

struct LeaderboardEntry {
  std::string user;
  QuizScore score;
};

class QuizStore {
 public:
  virtual ~QuizStore() = default;

  virtual std::optional<QuizSession> session(const std::string& channel,
                                             const std::string& user) = 0;
  // Creates the session or re-activates it with new settings; the score is kept. A question
  // still waiting is recorded as skipped.
  virtual QuizSession start(const std::string& channel, const std::string& user, StoryPart until,
                            bool in_story_order) = 0;
  // Puts `question_id` to the session as its next sequence number; returns the session.
  virtual QuizSession ask(const std::string& channel, const std::string& user,
                          const std::string& question_id) = 0;
  // Records the outcome of question `seq` when it is still unanswered and current, updating
  // points, streak, best streak and answered in the same transaction. nullopt when another
  // answer got there first or the question is no longer current.
  virtual std::optional<QuizSession> record(const std::string& channel, const std::string& user,
                                            int seq, Outcome outcome, int points) = 0;
  // Counts one more hint on question `seq` if it is still current; returns the hints used.
  virtual std::optional<int> add_hint(const std::string& channel, const std::string& user,
                                      int seq) = 0;
  // Ends the session (a waiting question counts as skipped); the score stays.
  virtual std::optional<QuizSession> stop(const std::string& channel, const std::string& user) = 0;
  // One entry per question the session was ever asked.
  virtual std::vector<AskedQuestion> history(const std::string& channel,
                                             const std::string& user) = 0;
  // Highest points first (then best streak, then user); empty for a channel nobody played in.
  virtual std::vector<LeaderboardEntry> leaderboard(const std::string& channel, int limit) = 0;
};

}  // namespace lenbot
