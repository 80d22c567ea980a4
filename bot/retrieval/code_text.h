#pragma once
// Recognises a message that is a database statement rather than a question ("SELECT * FROM
// quotes", "'; DROP TABLE facts; --"): its words are SQL, not a fan's, so they must not be
// read as a question about the story.
#include <string_view>

namespace lenbot {

// True for a SQL statement shape (SELECT/DELETE ... FROM, INSERT ... INTO, UPDATE ... SET,
// DROP/CREATE/ALTER TABLE, UNION SELECT) written as code: upper-case keywords or a code mark
// (* ; = -- or a quote). "did u select the wallet from camui" is a question.
bool looks_like_sql(std::string_view message);

}  // namespace lenbot
