#pragma once
// Martin Porter's 1980 stemming algorithm, as FTS5's `porter` tokenizer applies it, so terms
// the reranker compares in memory agree with what the FTS5 index matched. Input is one
// lowercase ASCII word; anything else is returned unchanged.
#include <string>
#include <string_view>

namespace lenbot {

std::string porter_stem(std::string_view word);

}  // namespace lenbot
