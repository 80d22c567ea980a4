#pragma once
// Which peers may say who the client is. Behind a reverse proxy every request comes from the
// proxy's address; X-Forwarded-For carries the client's, but anyone can send that header, so
// it is believed only from the configured `trusted_proxies` (CIDR blocks) and read from the
// right: the rightmost address that is not a trusted proxy is the client.
#include <array>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace lenbot {

// An address block. IPv4 is kept as IPv4-mapped IPv6, so "10.0.0.0/8" also matches
// "::ffff:10.1.2.3".
struct Cidr {
  std::array<std::uint8_t, 16> address{};
  int prefix = 128;  // bits that must match

  bool contains(const std::array<std::uint8_t, 16>& other) const;
};

// "10.0.0.0/8", "192.168.1.7" (one host), "::1/128", "fd00::/8"; nullopt for anything else,
// including a prefix longer than the family allows or host bits set beyond it.
std::optional<Cidr> parse_cidr(std::string_view text);

// An IPv4 or IPv6 address as 16 bytes; nullopt when `text` is not one.
std::optional<std::array<std::uint8_t, 16>> parse_address(std::string_view text);

class TrustedProxies {
 public:
  TrustedProxies() = default;
  // Throws std::invalid_argument naming the first entry that is not a CIDR block.
  explicit TrustedProxies(const std::vector<std::string>& cidrs);

  bool empty() const { return blocks_.empty(); }
  bool trusts(std::string_view address) const;

  // The client behind `peer`. `peer` itself unless it is trusted; then the X-Forwarded-For
  // values (each header line, in order, comma-separated) walked right to left past trusted
  // proxies. A malformed entry ends the walk at the last address passed; when every address is
  // a trusted proxy, the leftmost.
  std::string client_address(std::string_view peer,
                             const std::vector<std::string>& forwarded_for) const;

 private:
  std::vector<Cidr> blocks_;
};

}  // namespace lenbot
