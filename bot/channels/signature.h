#pragma once
// Request authentication for the channels: Discord's Ed25519 interaction signatures and the
// message webhook's shared-secret HMAC. Every check returns a value and never throws; malformed
// input of any kind is a refusal, not an error.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bot/wire/http_message.h"

namespace lenbot {

// A signed timestamp further than this from now (either way) is a replay or a broken clock.
inline constexpr std::int64_t kSignatureWindowSeconds = 300;

inline constexpr std::string_view kDiscordSignatureHeader = "X-Signature-Ed25519";
inline constexpr std::string_view kDiscordTimestampHeader = "X-Signature-Timestamp";
inline constexpr std::string_view kLenbotSignatureHeader = "X-Lenbot-Signature";
inline constexpr std::string_view kLenbotTimestampHeader = "X-Lenbot-Timestamp";

// The bytes `hex` spells (either case); nullopt for odd length or any non-hex character.
std::optional<std::vector<unsigned char>> decode_hex(std::string_view hex);

// Lower-case hex of `bytes`.
std::string encode_hex(std::string_view bytes);

// True only when `signature_hex` (64 bytes) is a valid Ed25519 signature of `message` under
// `public_key_hex` (32 bytes). False for any malformed key or signature.
bool verify_ed25519(std::string_view public_key_hex, std::string_view signature_hex,
                    std::string_view message);

// Lower-case hex HMAC-SHA256 of `message` under `key`; empty only if OpenSSL fails.
std::string hmac_sha256_hex(std::string_view key, std::string_view message);

// Equality that takes the same time wherever the inputs differ (lengths are not secret).
bool constant_time_equals(std::string_view a, std::string_view b);

enum class SignatureCheck { kOk, kMissing, kMalformed, kBadSignature, kStale };

// Discord's rule: X-Signature-Ed25519 signs X-Signature-Timestamp + raw body, and the timestamp
// must lie within kSignatureWindowSeconds of request.now_unix.
SignatureCheck check_discord_signature(const HttpRequest& request, std::string_view public_key_hex);

// The message webhook's rule: X-Lenbot-Signature is hex HMAC-SHA256(secret, timestamp + raw
// body) with X-Lenbot-Timestamp within kSignatureWindowSeconds of request.now_unix.
SignatureCheck check_hmac_signature(const HttpRequest& request, std::string_view secret);

}  // namespace lenbot
