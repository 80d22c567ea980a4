// The message webhook: handle_message_webhook over JSON and form bodies (with the HMAC signed by
// the harness when flag 2 sets a secret, so signed bodies get past it), the form decoder and
// address_message on their own. Hooks: a fake Bot that echoes, and the real quiz over the repo's
// corpus. Never an exception; only the documented statuses; every reply is JSON.
//
// Input: a flags byte, then the body. Flags: 1 form-encoded (else JSON), 2 secret, 4 token,
// 8 Len's user id is configured (mentions address him), 16 the sender counts as mentioned.
#include <algorithm>

#include "bot/channels/form_decoder.h"
#include "bot/channels/message_addressing.h"
#include "bot/channels/message_webhook.h"
#include "bot/channels/signature.h"
#include "bot/channels/webhook_quiz.h"
#include "tests/fuzz/quiz_fixture.h"

namespace {

using lenbot::fuzz::expect;

constexpr std::int64_t kNow = 1700000000;
constexpr std::string_view kSecret = "fuzz-secret";
constexpr std::string_view kBotUserId = "1200000000000000001";

lenbot::WebhookHooks hooks() {
  lenbot::WebhookHooks hooks;
  hooks.ask = lenbot::fuzz::echo_reply;
  hooks.quiz = [](const lenbot::ChatRequest& request) {
    return std::optional(
        lenbot::webhook_quiz_command(request, lenbot::fuzz::QuizFixture::get().quiz));
  };
  hooks.quiz_running = [](const lenbot::ChatRequest& request) {
    return lenbot::webhook_quiz_running(request, lenbot::fuzz::QuizFixture::get().quiz);
  };
  hooks.quiz_move = [](const lenbot::ChatRequest& request) {
    return std::optional(lenbot::webhook_quiz_move(request, lenbot::fuzz::QuizFixture::get().quiz));
  };
  hooks.rate_limited = [](const std::string& key) -> std::optional<int> {
    if (key.empty() || key.back() != '9') return std::nullopt;
    return static_cast<int>(key.size()) - 12;
  };
  return hooks;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Form-encodes every byte, so decoding must give the text back.
std::string percent_encode(std::string_view text) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    out += '%';
    out += kDigits[byte >> 4];
    out += kDigits[byte & 0x0f];
  }
  return out;
}

void check_parsers(std::string_view body, const lenbot::AddressingRules& rules, bool mentioned) {
  if (const auto form = lenbot::decode_form(body)) {
    expect(form->is_object() && form->size() <= lenbot::kMaxFormFields, "at most 64 fields");
  }
  expect(lenbot::percent_decode(percent_encode(body)) == std::string(body),
         "percent_decode undoes percent-encoding");

  const lenbot::AddressedMessage addressed = lenbot::address_message(body, rules, mentioned);
  if (addressed.intent != lenbot::MessageIntent::kIgnore && !addressed.text.empty()) {
    expect(!is_space(addressed.text.front()) && !is_space(addressed.text.back()),
           "the addressed text is trimmed");
  }
  if (mentioned) expect(addressed.intent != lenbot::MessageIntent::kIgnore, "a mention addresses");
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  lenbot::fuzz::QuizFixture::get();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const lenbot::WebhookHooks kHooks = hooks();
  std::string_view body = lenbot::fuzz::as_text(data, size);
  const unsigned flags = lenbot::fuzz::take_flags(body);

  lenbot::WebhookConfig config;
  if (flags & 2) config.secret = kSecret;
  if (flags & 4) config.token = "fuzz-token";
  if (flags & 8) config.addressing.bot_user_id = kBotUserId;
  config.avatar_url = "https://example.invalid/len.png";
  check_parsers(body, config.addressing, (flags & 16) != 0);

  lenbot::HttpRequest request;
  request.headers.emplace("Content-Type", (flags & 1) ? "application/x-www-form-urlencoded"
                                                      : "application/json; charset=utf-8");
  if (flags & 2) {
    const std::string stamp = std::to_string(kNow);
    request.headers.emplace("X-Lenbot-Timestamp", stamp);
    request.headers.emplace("X-Lenbot-Signature",
                            lenbot::hmac_sha256_hex(kSecret, stamp + std::string(body)));
  }
  request.body = body;
  request.now_unix = kNow;

  const lenbot::HttpResponse response = lenbot::handle_message_webhook(request, config, kHooks);
  const int status = response.status;
  expect(status == 200 || status == 204 || status == 400 || status == 401 || status == 413,
         "a documented status");
  expect((status == 204) == response.body.empty(), "only 204 is empty");
  if (status != 204) {
    expect(!nlohmann::json::parse(response.body, nullptr, false).is_discarded(),
           "the reply is JSON");
  }
  return 0;
}
