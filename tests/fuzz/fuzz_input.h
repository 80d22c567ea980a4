#pragma once
// What every harness needs around libFuzzer's bytes: the input as text, split into fields, a
// check that turns a broken contract into a crash libFuzzer records, and a scratch directory
// under $TMPDIR that is removed again when the fuzzer exits.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "bot/chat/chat_types.h"
#include "tests/support/temp_dir.h"

namespace lenbot::fuzz {

// A stand-in for the Bot in the channel harnesses: echoes the question with one source, so the
// channel's own rendering (footnotes, truncation, mention defusing) sees fuzzed text.
inline ChatReply echo_reply(const ChatRequest& request) {
  ChatReply reply;
  reply.reply = "Yo " + request.user + ", you asked: " + request.message;
  reply.intent = "fact";
  reply.sources.push_back({{7}, "Part 2", request.message});
  return reply;
}

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// The text before the first `separator` (all of `rest` when there is none); `rest` keeps what
// follows the separator.
inline std::string_view take_field(std::string_view& rest, char separator = '\n') {
  const std::size_t end = rest.find(separator);
  const std::string_view field = rest.substr(0, end);
  rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
  return field;
}

// The first byte of `rest` as a set of switches (0 for empty input); `rest` loses it.
inline unsigned take_flags(std::string_view& rest) {
  if (rest.empty()) return 0;
  const auto flags = static_cast<unsigned char>(rest.front());
  rest.remove_prefix(1);
  return flags;
}

// A contract the code under test promises; breaking it is a finding, so abort (a crash with a
// reproducer) with the reason on stderr.
inline void expect(bool holds, const char* contract) {
  if (holds) return;
  std::fprintf(stderr, "contract broken: %s\n", contract);
  std::abort();
}

// The scratch directory is tests/support/temp_dir.h's TempDir: it makes its directory under
// $TMPDIR, which scripts/fuzz.sh points at a directory it removes itself, so a fuzzer that
// stopped on a crash leaves nothing behind either.
using lenbot::TempDir;

}  // namespace lenbot::fuzz
