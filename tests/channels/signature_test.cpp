#include "bot/channels/signature.h"

#include <gtest/gtest.h>

#include <cctype>

#include "tests/channels/test_signing_key.h"

namespace lenbot {
namespace {

using testing::TestSigningKey;

constexpr std::int64_t kNow = 1'700'000'000;

std::string bytes_from_hex(std::string_view hex) {
  const auto bytes = decode_hex(hex);
  return bytes ? std::string(bytes->begin(), bytes->end()) : std::string("<bad hex>");
}

TEST(SignatureHexTest, DecodesOnlyWellFormedHex) {
  struct Case {
    const char* hex;
    std::optional<std::vector<unsigned char>> expected;
  };
  const Case cases[] = {
      {"", std::vector<unsigned char>{}},
      {"00ff", std::vector<unsigned char>{0x00, 0xff}},
      {"AbCd", std::vector<unsigned char>{0xab, 0xcd}},
      {"abc", std::nullopt},
      {"zz", std::nullopt},
      {"0x12", std::nullopt},
      {"12 4", std::nullopt},
  };
  for (const auto& c : cases) EXPECT_EQ(decode_hex(c.hex), c.expected) << c.hex;
  EXPECT_EQ(encode_hex(std::string("\x00\xff\x10", 3)), "00ff10");
}

TEST(Ed25519Test, AcceptsRfc8032Section71Vectors) {
  struct Case {
    const char* name;
    const char* public_key;
    const char* message_hex;
    const char* signature;
  };
  const Case cases[] = {
      {"TEST 1", "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
       "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701c"
       "f9b46bd25bf5f0595bbe24655141438e7a100b"},
      {"TEST 2", "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
       "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0"
       "f11d8c387b2eaeb4302aeeb00d291612bb0c00"},
      {"TEST 3", "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025", "af82",
       "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f76098"
       "4dc6594a7c15e9716ed28dc027beceea1ec40a"},
  };
  for (const auto& c : cases) {
    const std::string message = bytes_from_hex(c.message_hex);
    EXPECT_TRUE(verify_ed25519(c.public_key, c.signature, message)) << c.name;
    EXPECT_FALSE(verify_ed25519(c.public_key, c.signature, message + "x")) << c.name;
  }
  // The vectors do not verify under each other's keys.
  EXPECT_FALSE(verify_ed25519(cases[1].public_key, cases[0].signature, ""));
}

TEST(Ed25519Test, RefusesMalformedKeysAndSignatures) {
  const TestSigningKey key;
  const std::string good_key = key.public_key_hex();
  const std::string good_signature = key.sign_hex("hello");
  ASSERT_EQ(good_key.size(), 64u);
  ASSERT_TRUE(verify_ed25519(good_key, good_signature, "hello"));

  struct Case {
    const char* name;
    std::string public_key;
    std::string signature;
  };
  const Case cases[] = {
      {"short key", good_key.substr(0, 62), good_signature},
      {"odd key", good_key.substr(1), good_signature},
      {"non-hex key", "zz" + good_key.substr(2), good_signature},
      {"empty key", "", good_signature},
      {"long key", good_key + "00", good_signature},
      {"short signature", good_key, good_signature.substr(0, 126)},
      {"odd signature", good_key, good_signature.substr(1)},
      {"non-hex signature", good_key, "g" + good_signature.substr(1)},
      {"empty signature", good_key, ""},
      {"zero signature", good_key, std::string(128, '0')},
      {"wrong key", TestSigningKey().public_key_hex(), good_signature},
  };
  for (const auto& c : cases) {
    EXPECT_FALSE(verify_ed25519(c.public_key, c.signature, "hello")) << c.name;
  }
}

TEST(HmacTest, MatchesRfc4231) {
  EXPECT_EQ(hmac_sha256_hex(std::string(20, '\x0b'), "Hi There"),
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
  EXPECT_EQ(hmac_sha256_hex("Jefe", "what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

TEST(HmacTest, ConstantTimeEqualsIsLengthSafe) {
  EXPECT_TRUE(constant_time_equals("", ""));
  EXPECT_TRUE(constant_time_equals("abc", "abc"));
  EXPECT_FALSE(constant_time_equals("abc", "abd"));
  EXPECT_FALSE(constant_time_equals("abc", "abcd"));
  EXPECT_FALSE(constant_time_equals("", "a"));
}

TEST(SignatureDiscordTest, ClassifiesEveryWayARequestCanFail) {
  const TestSigningKey key;
  const std::string public_key = key.public_key_hex();
  const std::string body = R"({"type":1})";

  struct Case {
    const char* name;
    HttpRequest request;
    std::string public_key;
    SignatureCheck expected;
  };
  std::vector<Case> cases;
  cases.push_back(
      {"signed now", key.signed_request(body, kNow, kNow), public_key, SignatureCheck::kOk});
  cases.push_back(
      {"299 s old", key.signed_request(body, kNow - 299, kNow), public_key, SignatureCheck::kOk});
  cases.push_back({"301 s old", key.signed_request(body, kNow - 301, kNow), public_key,
                   SignatureCheck::kStale});
  cases.push_back({"301 s ahead", key.signed_request(body, kNow + 301, kNow), public_key,
                   SignatureCheck::kStale});
  cases.push_back({"wrong key", key.signed_request(body, kNow, kNow),
                   TestSigningKey().public_key_hex(), SignatureCheck::kBadSignature});
  cases.push_back({"malformed configured key", key.signed_request(body, kNow, kNow), "abc",
                   SignatureCheck::kBadSignature});

  auto tampered_body = key.signed_request(body, kNow, kNow);
  tampered_body.body = R"({"type":2})";
  cases.push_back({"tampered body", tampered_body, public_key, SignatureCheck::kBadSignature});

  auto tampered_stamp = key.signed_request(body, kNow, kNow);
  tampered_stamp.set_header(std::string(kDiscordTimestampHeader), std::to_string(kNow - 1));
  cases.push_back(
      {"tampered timestamp", tampered_stamp, public_key, SignatureCheck::kBadSignature});

  auto lower_case_names = key.signed_request(body, kNow, kNow);
  HttpRequest renamed;
  for (const auto& [name, value] : lower_case_names.headers) {
    std::string lowered = name;
    for (char& ch : lowered) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    renamed.headers.emplace(lowered, value);
  }
  renamed.body = body;
  renamed.now_unix = kNow;
  cases.push_back({"lower-case header names", renamed, public_key, SignatureCheck::kOk});

  auto no_signature = key.signed_request(body, kNow, kNow);
  no_signature.headers.erase(std::string(kDiscordSignatureHeader));
  cases.push_back({"no signature", no_signature, public_key, SignatureCheck::kMissing});

  auto no_stamp = key.signed_request(body, kNow, kNow);
  no_stamp.headers.erase(std::string(kDiscordTimestampHeader));
  cases.push_back({"no timestamp", no_stamp, public_key, SignatureCheck::kMissing});

  auto empty_signature = key.signed_request(body, kNow, kNow);
  empty_signature.set_header(std::string(kDiscordSignatureHeader), "");
  cases.push_back({"empty signature", empty_signature, public_key, SignatureCheck::kMissing});

  for (const char* bad_signature : {"abc", "zz", "00"}) {
    auto request = key.signed_request(body, kNow, kNow);
    request.set_header(std::string(kDiscordSignatureHeader), bad_signature);
    cases.push_back({"malformed signature", request, public_key, SignatureCheck::kMalformed});
  }
  for (const char* bad_stamp : {"soon", "-1700000000", "+1700000000", " 1700000000", "1700000000.5",
                                "99999999999999999999"}) {
    auto request = key.signed_request(body, kNow, kNow);
    request.set_header(std::string(kDiscordTimestampHeader), bad_stamp);
    cases.push_back({"malformed timestamp", request, public_key, SignatureCheck::kMalformed});
  }

  for (const auto& c : cases) {
    EXPECT_EQ(check_discord_signature(c.request, c.public_key), c.expected) << c.name;
  }
}

HttpRequest hmac_request(std::string_view secret, std::string body, std::int64_t timestamp,
                         std::int64_t now) {
  HttpRequest request;
  const std::string stamp = std::to_string(timestamp);
  request.headers.emplace(std::string(kLenbotTimestampHeader), stamp);
  request.headers.emplace(std::string(kLenbotSignatureHeader),
                          hmac_sha256_hex(secret, stamp + body));
  request.body = std::move(body);
  request.now_unix = now;
  return request;
}

TEST(SignatureHmacTest, ChecksSecretTimestampAndBody) {
  const std::string body = R"({"content":"len, hi"})";
  struct Case {
    const char* name;
    HttpRequest request;
    SignatureCheck expected;
  };
  std::vector<Case> cases;
  cases.push_back({"signed now", hmac_request("s3cret", body, kNow, kNow), SignatureCheck::kOk});
  cases.push_back(
      {"wrong secret", hmac_request("other", body, kNow, kNow), SignatureCheck::kBadSignature});
  cases.push_back(
      {"stale", hmac_request("s3cret", body, kNow - 301, kNow), SignatureCheck::kStale});
  cases.push_back(
      {"future", hmac_request("s3cret", body, kNow + 301, kNow), SignatureCheck::kStale});

  auto upper = hmac_request("s3cret", body, kNow, kNow);
  auto& signature = upper.headers.find(std::string(kLenbotSignatureHeader))->second;
  for (char& ch : signature) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  cases.push_back({"upper-case hex", upper, SignatureCheck::kOk});

  auto tampered = hmac_request("s3cret", body, kNow, kNow);
  tampered.body += " ";
  cases.push_back({"tampered body", tampered, SignatureCheck::kBadSignature});

  auto short_signature = hmac_request("s3cret", body, kNow, kNow);
  short_signature.set_header(std::string(kLenbotSignatureHeader), "abcd");
  cases.push_back({"short signature", short_signature, SignatureCheck::kMalformed});

  auto missing = hmac_request("s3cret", body, kNow, kNow);
  missing.headers.erase(std::string(kLenbotTimestampHeader));
  cases.push_back({"no timestamp", missing, SignatureCheck::kMissing});

  for (const auto& c : cases) {
    EXPECT_EQ(check_hmac_signature(c.request, "s3cret"), c.expected) << c.name;
  }
}

}  // namespace
}  // namespace lenbot
