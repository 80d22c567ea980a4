#include "bot/channels/signature.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <charconv>
#include <memory>

namespace lenbot {
namespace {

constexpr std::size_t kEd25519KeyBytes = 32;
constexpr std::size_t kEd25519SignatureBytes = 64;
constexpr std::size_t kHmacSha256Bytes = 32;

struct PkeyDeleter {
  void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct MdCtxDeleter {
  void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// OpenSSL wants a valid pointer even for zero-length input.
const unsigned char* bytes_of(std::string_view text) {
  static const unsigned char kEmpty = 0;
  return text.empty() ? &kEmpty : reinterpret_cast<const unsigned char*>(text.data());
}

// Unix seconds written as plain digits; nullopt for anything else (signs, spaces, overflow).
std::optional<std::int64_t> parse_timestamp(std::string_view text) {
  if (text.empty() || text.size() > 18 || text.front() < '0' || text.front() > '9') {
    return std::nullopt;
  }
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

bool is_fresh(std::int64_t timestamp, std::int64_t now) {
  const std::int64_t skew = timestamp > now ? timestamp - now : now - timestamp;
  return skew <= kSignatureWindowSeconds;
}

// Both headers present, the signature `signature_bytes` long in hex, the timestamp fresh.
SignatureCheck check_signed_headers(const HttpRequest& request, std::string_view signature_header,
                                    std::string_view timestamp_header,
                                    std::size_t signature_bytes) {
  const auto signature = request.header(signature_header);
  const auto timestamp_text = request.header(timestamp_header);
  if (!signature || !timestamp_text || signature->empty() || timestamp_text->empty()) {
    return SignatureCheck::kMissing;
  }
  const auto timestamp = parse_timestamp(*timestamp_text);
  const auto signature_decoded = decode_hex(*signature);
  if (!timestamp || !signature_decoded || signature_decoded->size() != signature_bytes) {
    return SignatureCheck::kMalformed;
  }
  return is_fresh(*timestamp, request.now_unix) ? SignatureCheck::kOk : SignatureCheck::kStale;
}

std::string signed_message(const HttpRequest& request, std::string_view timestamp_header) {
  std::string message(request.header(timestamp_header).value_or(""));
  message += request.body;
  return message;
}

std::string lowercase_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'F') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

std::optional<std::vector<unsigned char>> decode_hex(std::string_view hex) {
  if (hex.size() % 2 != 0) return std::nullopt;
  std::vector<unsigned char> bytes;
  bytes.reserve(hex.size() / 2);
  for (std::size_t i = 0; i < hex.size(); i += 2) {
    const int high = hex_value(hex[i]);
    const int low = hex_value(hex[i + 1]);
    if (high < 0 || low < 0) return std::nullopt;
    bytes.push_back(static_cast<unsigned char>(high * 16 + low));
  }
  return bytes;
}

std::string encode_hex(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(bytes.size() * 2);
  for (const char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    hex.push_back(kDigits[byte >> 4]);
    hex.push_back(kDigits[byte & 0x0f]);
  }
  return hex;
}

bool verify_ed25519(std::string_view public_key_hex, std::string_view signature_hex,
                    std::string_view message) {
  const auto key = decode_hex(public_key_hex);
  const auto signature = decode_hex(signature_hex);
  if (!key || key->size() != kEd25519KeyBytes) return false;
  if (!signature || signature->size() != kEd25519SignatureBytes) return false;

  PkeyPtr pkey(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, key->data(), key->size()));
  MdCtxPtr ctx(EVP_MD_CTX_new());
  if (!pkey || !ctx) return false;
  if (EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, pkey.get()) != 1) return false;
  return EVP_DigestVerify(ctx.get(), signature->data(), signature->size(), bytes_of(message),
                          message.size()) == 1;
}

std::string hmac_sha256_hex(std::string_view key, std::string_view message) {
  unsigned char mac[EVP_MAX_MD_SIZE];
  std::size_t mac_size = 0;
  if (EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, bytes_of(key), key.size(),
                bytes_of(message), message.size(), mac, sizeof mac, &mac_size) == nullptr) {
    return {};
  }
  return encode_hex(std::string_view(reinterpret_cast<const char*>(mac), mac_size));
}

bool constant_time_equals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  return CRYPTO_memcmp(bytes_of(a), bytes_of(b), a.size()) == 0;
}

SignatureCheck check_discord_signature(const HttpRequest& request,
                                       std::string_view public_key_hex) {
  const SignatureCheck shape = check_signed_headers(
      request, kDiscordSignatureHeader, kDiscordTimestampHeader, kEd25519SignatureBytes);
  if (shape != SignatureCheck::kOk) return shape;
  const std::string_view signature = request.header(kDiscordSignatureHeader).value_or("");
  return verify_ed25519(public_key_hex, signature, signed_message(request, kDiscordTimestampHeader))
             ? SignatureCheck::kOk
             : SignatureCheck::kBadSignature;
}

SignatureCheck check_hmac_signature(const HttpRequest& request, std::string_view secret) {
  const SignatureCheck shape = check_signed_headers(request, kLenbotSignatureHeader,
                                                    kLenbotTimestampHeader, kHmacSha256Bytes);
  if (shape != SignatureCheck::kOk) return shape;
  const std::string expected =
      hmac_sha256_hex(secret, signed_message(request, kLenbotTimestampHeader));
  const std::string given = lowercase_ascii(request.header(kLenbotSignatureHeader).value_or(""));
  if (expected.empty()) return SignatureCheck::kBadSignature;
  return constant_time_equals(expected, given) ? SignatureCheck::kOk
                                               : SignatureCheck::kBadSignature;
}

}  // namespace lenbot
