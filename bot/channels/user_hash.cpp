#include "bot/channels/user_hash.h"

#include <openssl/sha.h>

#include <array>

namespace lenbot {

std::string user_hash(std::string_view user_id) {
  const std::string input = "lenbot-user:" + std::string(user_id);
  std::array<unsigned char, SHA256_DIGEST_LENGTH> digest{};
  SHA256(reinterpret_cast<const unsigned char*>(input.data()), input.size(), digest.data());
  constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < 6; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 0xF];
  }
  return out;
}

}  // namespace lenbot
