#include "bot/http/trusted_proxies.h"

#include <arpa/inet.h>

#include <charconv>

namespace lenbot {
namespace {

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// The comma-separated entries of every X-Forwarded-For line, leftmost first.
std::vector<std::string_view> hops(const std::vector<std::string>& forwarded_for) {
  std::vector<std::string_view> out;
  for (const std::string& line : forwarded_for) {
    std::string_view rest = line;
    while (true) {
      const auto comma = rest.find(',');
      out.push_back(trimmed(rest.substr(0, comma)));
      if (comma == std::string_view::npos) break;
      rest.remove_prefix(comma + 1);
    }
  }
  return out;
}

}  // namespace

bool Cidr::contains(const std::array<std::uint8_t, 16>& other) const {
  // parse_cidr keeps prefix within 0..128.
  const auto prefix_bits = static_cast<std::size_t>(prefix);
  const std::size_t whole = prefix_bits / 8;
  for (std::size_t i = 0; i < whole; ++i) {
    if (address[i] != other[i]) return false;
  }
  const std::size_t bits = prefix_bits % 8;
  if (bits == 0) return true;
  const auto mask = static_cast<std::uint8_t>(0xFF << (8 - bits));
  return (address[whole] & mask) == (other[whole] & mask);
}

std::optional<std::array<std::uint8_t, 16>> parse_address(std::string_view text) {
  if (text.empty() || text.size() > 45) return std::nullopt;
  const std::string copy(text);
  std::array<std::uint8_t, 16> out{};
  in_addr v4{};
  if (inet_pton(AF_INET, copy.c_str(), &v4) == 1) {
    out[10] = out[11] = 0xFF;
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(&v4.s_addr);
    for (std::size_t i = 0; i < 4; ++i) out[12 + i] = bytes[i];
    return out;
  }
  if (inet_pton(AF_INET6, copy.c_str(), out.data()) == 1) return out;
  return std::nullopt;
}

std::optional<Cidr> parse_cidr(std::string_view text) {
  text = trimmed(text);
  const auto slash = text.find('/');
  const std::string_view host = text.substr(0, slash);
  const auto address = parse_address(host);
  if (!address) return std::nullopt;
  const bool v4 = host.find(':') == std::string_view::npos;
  const int family_bits = v4 ? 32 : 128;
  int prefix = family_bits;
  if (slash != std::string_view::npos) {
    const std::string_view digits = text.substr(slash + 1);
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), prefix);
    if (digits.empty() || error != std::errc() || end != digits.data() + digits.size() ||
        prefix < 0 || prefix > family_bits) {
      return std::nullopt;
    }
  }
  Cidr cidr{*address, prefix + (v4 ? 96 : 0)};
  // "10.1.0.0/8" is almost certainly a typo for a different block: refuse host bits.
  for (auto bit = static_cast<std::size_t>(cidr.prefix); bit < 128; ++bit) {
    if (cidr.address[bit / 8] & (0x80 >> (bit % 8))) return std::nullopt;
  }
  return cidr;
}

TrustedProxies::TrustedProxies(const std::vector<std::string>& cidrs) {
  for (const auto& text : cidrs) {
    auto cidr = parse_cidr(text);
    if (!cidr) {
      throw std::invalid_argument("\"trusted_proxies\": \"" + text +
                                  "\" is not an address or CIDR block (e.g. 10.0.0.0/8, ::1)");
    }
    blocks_.push_back(*cidr);
  }
}

bool TrustedProxies::trusts(std::string_view address) const {
  const auto parsed = parse_address(address);
  if (!parsed) return false;
  for (const auto& block : blocks_) {
    if (block.contains(*parsed)) return true;
  }
  return false;
}

std::string TrustedProxies::client_address(std::string_view peer,
                                           const std::vector<std::string>& forwarded_for) const {
  if (!trusts(peer)) return std::string(peer);
  std::string_view client = peer;
  const auto entries = hops(forwarded_for);
  for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
    if (!parse_address(*it)) break;
    client = *it;
    if (!trusts(*it)) break;
  }
  return std::string(client);
}

}  // namespace lenbot
