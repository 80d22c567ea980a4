// Discord's signature headers on unsigned input: decode_hex, check_discord_signature and
// handle_discord_interaction under a fixed public key (RFC 8032's first test key). Nothing the
// fuzzer writes is signed by that key, so every request must be refused before its body is
// parsed: 401 (or 413 for a huge body, 503 when the fuzzer also picks a malformed key).
//
// Input: a flags byte, then lines: the X-Signature-Ed25519 value, the X-Signature-Timestamp
// value, a public key (used when flag 4 is set), then the body (the rest).
#include <algorithm>

#include "bot/channels/discord_interactions.h"
#include "bot/channels/signature.h"
#include "tests/fuzz/fuzz_input.h"

namespace {

using lenbot::fuzz::expect;

constexpr std::string_view kFixedKey =
    "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
constexpr std::int64_t kNow = 1700000000;  // the seed corpus's timestamps are this fresh

bool is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

std::string lowercase(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

void check_decode_hex(std::string_view hex) {
  const auto bytes = lenbot::decode_hex(hex);
  const bool well_formed =
      hex.size() % 2 == 0 && std::all_of(hex.begin(), hex.end(), [](char c) { return is_hex(c); });
  expect(bytes.has_value() == well_formed, "decode_hex accepts exactly even-length hex");
  if (!bytes) return;
  const std::string_view raw(reinterpret_cast<const char*>(bytes->data()), bytes->size());
  expect(lenbot::encode_hex(raw) == lowercase(hex), "encode_hex undoes decode_hex");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view rest = lenbot::fuzz::as_text(data, size);
  const unsigned flags = lenbot::fuzz::take_flags(rest);
  const std::string_view signature = lenbot::fuzz::take_field(rest);
  const std::string_view timestamp = lenbot::fuzz::take_field(rest);
  const std::string_view fuzzed_key = lenbot::fuzz::take_field(rest);
  check_decode_hex(signature);
  check_decode_hex(fuzzed_key);

  lenbot::HttpRequest request;
  if ((flags & 1) == 0) request.headers.emplace("X-Signature-Ed25519", signature);
  if ((flags & 2) == 0) request.headers.emplace("x-signature-timestamp", timestamp);
  request.headers.emplace("Content-Type", "application/json");
  request.body = rest;
  request.now_unix = kNow;

  const bool fixed_key = (flags & 4) == 0;
  const lenbot::DiscordConfig config{std::string(fixed_key ? kFixedKey : fuzzed_key), "1"};
  const lenbot::SignatureCheck check =
      lenbot::check_discord_signature(request, config.public_key_hex);
  expect(!fixed_key || check != lenbot::SignatureCheck::kOk, "no forged signature verifies");

  bool asked = false;
  lenbot::DiscordHooks hooks;
  hooks.ask = [&asked](const lenbot::ChatRequest&) {
    asked = true;
    return lenbot::ChatReply{};
  };
  const lenbot::HttpResponse response = lenbot::handle_discord_interaction(request, config, hooks);
  expect(!asked, "unsigned input never reaches the bot");
  if (fixed_key) {
    expect(response.status == 401 || response.status == 413, "refused before parsing: 401/413");
  } else {
    expect(response.status == 401 || response.status == 413 || response.status == 503 ||
               check == lenbot::SignatureCheck::kOk,
           "refused before parsing: 401/413/503");
  }
  expect(!nlohmann::json::parse(response.body, nullptr, false).is_discarded(),
         "the refusal is JSON");
  return 0;
}
