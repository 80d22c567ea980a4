#include "bot/quiz/quiz_admin.h"

#include "bot/storage/sqlite_migrations.h"

namespace lenbot {
namespace {

// Quiz channels are stored as "<channel kind>:<id>"; an admin types the bare id.
constexpr std::string_view kChannelMatches =
    "(channel = ?1 OR channel = 'discord:' || ?1 OR channel = 'webhook:' || ?1)";

}  // namespace

QuizAdmin::QuizAdmin(const std::string& state_path) : db_(state_path) { migrate_state(db_); }

int QuizAdmin::reset_leaderboard(const std::string& channel) {
  Transaction transaction(db_);
  std::string sql =
      "UPDATE quiz_sessions SET points = 0, streak = 0, best_streak = 0, answered = 0, "
      "correct = 0";
  if (!channel.empty()) sql += " WHERE " + std::string(kChannelMatches);
  auto update = db_.prepare(sql);
  if (!channel.empty()) update.bind(1, channel);
  update.run();
  const int changed = db_.changes();
  transaction.commit();
  return changed;
}

int QuizAdmin::remove_user(const std::string& user_id) {
  Transaction transaction(db_);
  int removed = 0;
  for (const char* table : {"quiz_sessions", "quiz_asked", "quiz_last"}) {
    auto remove = db_.prepare("DELETE FROM " + std::string(table) + " WHERE user = ?");
    remove.bind(1, user_id).run();
    removed += db_.changes();
  }
  // Conversation ids end with the user id: "discord:<channel>:<user>".
  auto remove = db_.prepare(
      "DELETE FROM conversations WHERE id = ?1 OR substr(id, -length(?1) - 1) = ':' || ?1");
  remove.bind(1, user_id).run();
  removed += db_.changes();
  transaction.commit();
  return removed;
}

bool QuizAdmin::block_channel(const std::string& channel_id) {
  auto insert = db_.prepare("INSERT OR IGNORE INTO blocked_channels (channel) VALUES (?)");
  insert.bind(1, channel_id).run();
  return db_.changes() > 0;
}

bool QuizAdmin::unblock_channel(const std::string& channel_id) {
  auto remove = db_.prepare("DELETE FROM blocked_channels WHERE channel = ?");
  remove.bind(1, channel_id).run();
  return db_.changes() > 0;
}

std::vector<std::string> QuizAdmin::blocked_channels() {
  std::vector<std::string> out;
  auto query = db_.prepare("SELECT channel FROM blocked_channels ORDER BY channel");
  while (query.step()) out.push_back(query.column_text(0));
  return out;
}

}  // namespace lenbot
