#pragma once
// A fresh Ed25519 key pair for tests, signing the way Discord does, so tests never carry a
// private key and the verifier is checked against an independent OpenSSL signing path.
#include <openssl/evp.h>

#include <memory>
#include <string>
#include <string_view>

#include "bot/channels/signature.h"
#include "bot/wire/http_message.h"

namespace lenbot::testing {

class TestSigningKey {
 public:
  TestSigningKey() {
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(
        EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr), &EVP_PKEY_CTX_free);
    EVP_PKEY* raw = nullptr;
    if (ctx && EVP_PKEY_keygen_init(ctx.get()) == 1) EVP_PKEY_keygen(ctx.get(), &raw);
    key_.reset(raw);
  }

  std::string public_key_hex() const {
    unsigned char bytes[32];
    std::size_t size = sizeof bytes;
    if (!key_ || EVP_PKEY_get_raw_public_key(key_.get(), bytes, &size) != 1) return {};
    return encode_hex(std::string_view(reinterpret_cast<const char*>(bytes), size));
  }

  std::string sign_hex(std::string_view message) const {
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    unsigned char signature[64];
    std::size_t size = sizeof signature;
    static const unsigned char kEmpty = 0;
    const auto* data =
        message.empty() ? &kEmpty : reinterpret_cast<const unsigned char*>(message.data());
    if (!key_ || !ctx ||
        EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key_.get()) != 1 ||
        EVP_DigestSign(ctx.get(), signature, &size, data, message.size()) != 1) {
      return {};
    }
    return encode_hex(std::string_view(reinterpret_cast<const char*>(signature), size));
  }

  // A request carrying Discord's two signature headers over `timestamp` + `body`.
  HttpRequest signed_request(std::string body, std::int64_t timestamp, std::int64_t now) const {
    HttpRequest request;
    const std::string stamp = std::to_string(timestamp);
    request.headers.emplace(std::string(kDiscordSignatureHeader), sign_hex(stamp + body));
    request.headers.emplace(std::string(kDiscordTimestampHeader), stamp);
    request.headers.emplace("Content-Type", "application/json");
    request.body = std::move(body);
    request.now_unix = now;
    return request;
  }

 private:
  std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key_{nullptr, &EVP_PKEY_free};
};

}  // namespace lenbot::testing
