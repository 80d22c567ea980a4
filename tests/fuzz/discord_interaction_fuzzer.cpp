// Discord interactions after verification: the harness signs each fuzzed body with a test key
// generated once, so the body reaches the JSON handling: PING, /ask (a fake Bot that echoes),
// /quiz, quiz buttons and answer forms (the real quiz over the repo's corpus), odd types and
// odd fields.
// Every body gets 200 or 400 with a JSON body, never an exception.
#include "bot/channels/discord_interactions.h"
#include "bot/channels/discord_quiz.h"
#include "tests/channels/test_signing_key.h"
#include "tests/fuzz/quiz_fixture.h"

namespace {

using lenbot::fuzz::expect;

constexpr std::int64_t kNow = 1700000000;

const lenbot::testing::TestSigningKey& signing_key() {
  static const lenbot::testing::TestSigningKey key;
  return key;
}

lenbot::DiscordHooks hooks() {
  lenbot::DiscordHooks hooks;
  hooks.ask = lenbot::fuzz::echo_reply;
  hooks.quiz_command = [](const nlohmann::json& interaction) {
    return std::optional(
        lenbot::discord_quiz_command(interaction, lenbot::fuzz::QuizFixture::get().quiz));
  };
  hooks.quiz_component = [](const nlohmann::json& interaction) {
    auto& fixture = lenbot::fuzz::QuizFixture::get();
    return std::optional(lenbot::discord_quiz_component(interaction, fixture.quiz, fixture.bank));
  };
  // Users whose id ends in 9 are over their rate; the wait may be any number.
  hooks.rate_limited = [](const std::string& key) -> std::optional<int> {
    if (key.empty() || key.back() != '9') return std::nullopt;
    return static_cast<int>(key.size()) - 12;
  };
  return hooks;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  signing_key();
  lenbot::fuzz::QuizFixture::get();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const lenbot::DiscordConfig config{signing_key().public_key_hex(), "1"};
  static const lenbot::DiscordHooks kHooks = hooks();
  const lenbot::HttpRequest request =
      signing_key().signed_request(std::string(lenbot::fuzz::as_text(data, size)), kNow, kNow);

  const lenbot::HttpResponse response = lenbot::handle_discord_interaction(request, config, kHooks);
  expect(response.status == 200 || response.status == 400, "signed bodies get 200 or 400");
  const nlohmann::json body = nlohmann::json::parse(response.body, nullptr, false);
  expect(body.is_object(), "the response is a JSON object");
  if (response.status == 200) expect(body.contains("type"), "an interaction response has a type");
  return 0;
}
