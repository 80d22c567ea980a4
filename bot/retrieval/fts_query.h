#pragma once
// The only way user text reaches FTS5: as double-quoted tokens (inner quotes doubled) joined
// with OR, bound as a parameter. FTS5 operators in the text ("NEAR(", "*", "OR", "-") are then
// plain words, never syntax. A NUL byte would end FTS5's quoted string early ("unterminated
// string", an SQL error), so it is read as a space, as FTS5's tokenizers read it.
#include <string>
#include <vector>

namespace lenbot {

// Empty when `words` has no non-empty word: the caller then skips the query.
std::string build_match_expression(const std::vector<std::string>& words);

}  // namespace lenbot
