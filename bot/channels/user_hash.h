#pragma once
// The pseudonym a chat user's id gets in the access log: the first 12 hex digits of
// SHA-256("lenbot-user:" + id). Enough to follow one user through the log and to find a
// reported user's lines (`lenbot admin user-hash ID`) without writing raw ids to disk. Not
// anonymous: anyone holding a candidate id can compute its hash.
#include <string>
#include <string_view>

namespace lenbot {

std::string user_hash(std::string_view user_id);

}  // namespace lenbot
