#pragma once
// The words search works on: what the indexer stores and a fan's question is matched by.
#include <string>
#include <string_view>
#include <vector>

namespace lenbot {

// Lowercase ASCII words of `text`, in order. Bytes outside ASCII (emoji, Japanese, invalid
// UTF-8) separate words and are otherwise ignored; "len's" gives "len", "didn't" gives "didnt".
std::vector<std::string> tokenize(std::string_view text);

}  // namespace lenbot
