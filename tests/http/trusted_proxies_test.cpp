#include "bot/http/trusted_proxies.h"

#include <gtest/gtest.h>

namespace lenbot {
namespace {

TEST(TrustedProxiesTest, ParsesCidrBlocks) {
  struct Case {
    const char* text;
    bool valid;
  };
  const Case cases[] = {
      {"10.0.0.0/8", true},   {"192.168.1.7", true},
      {"127.0.0.1/32", true}, {"0.0.0.0/0", true},
      {"::1", true},          {"::1/128", true},
      {"fd00::/8", true},     {" 10.0.0.0/8 ", true},
      {"10.0.0.0/33", false}, {"10.1.0.0/8", false},
      {"10.0.0.0/", false},   {"10.0.0.0/-1", false},
      {"10.0.0/8", false},    {"", false},
      {"localhost", false},   {"::1/129", false},
      {"10.0.0.0/8x", false}, {"1.2.3.4/32/1", false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(parse_cidr(c.text).has_value(), c.valid) << "'" << c.text << "'";
  }
}

TEST(TrustedProxiesTest, MatchesAddressesInTheBlocks) {
  const TrustedProxies proxies({"10.0.0.0/8", "192.168.1.7", "fd00::/8"});
  struct Case {
    const char* address;
    bool trusted;
  };
  const Case cases[] = {
      {"10.2.3.4", true},     {"11.0.0.1", false},       {"192.168.1.7", true},
      {"192.168.1.8", false}, {"::ffff:10.9.9.9", true}, {"fd12::1", true},
      {"fe80::1", false},     {"not an address", false}, {"", false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(proxies.trusts(c.address), c.trusted) << c.address;
  }
}

TEST(TrustedProxiesTest, AnEntryThatIsNotABlockIsRefusedByName) {
  try {
    TrustedProxies proxies({"10.0.0.0/8", "proxy.example"});
    FAIL() << "accepted a host name";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("proxy.example"), std::string::npos) << e.what();
  }
}

TEST(TrustedProxiesTest, TheClientIsTheRightmostUntrustedAddress) {
  const TrustedProxies proxies({"127.0.0.1/32", "10.0.0.0/8"});
  struct Case {
    const char* peer;
    std::vector<std::string> forwarded_for;
    const char* client;
  };
  const Case cases[] = {
      // An untrusted peer's header is ignored: it could say anything.
      {"203.0.113.9", {"198.51.100.1"}, "203.0.113.9"},
      // One trusted proxy in front.
      {"127.0.0.1", {"198.51.100.1"}, "198.51.100.1"},
      // A client that sends its own X-Forwarded-For cannot choose its address: the proxy
      // appends the address it saw, and that is the rightmost untrusted one.
      {"127.0.0.1", {"1.1.1.1, 198.51.100.1"}, "198.51.100.1"},
      // Two trusted hops (a load balancer, then nginx).
      {"127.0.0.1", {"198.51.100.1, 10.0.0.5"}, "198.51.100.1"},
      // Several header lines are one list, in order.
      {"127.0.0.1", {"198.51.100.1", "10.0.0.5"}, "198.51.100.1"},
      // No header: the proxy itself.
      {"127.0.0.1", {}, "127.0.0.1"},
      // Garbage stops the walk at the last address passed.
      {"127.0.0.1", {"198.51.100.1, garbage"}, "127.0.0.1"},
      {"127.0.0.1", {"garbage, 198.51.100.1"}, "198.51.100.1"},
      // Every hop trusted: the leftmost.
      {"127.0.0.1", {"10.0.0.7, 10.0.0.5"}, "10.0.0.7"},
      {"127.0.0.1", {"2001:db8::1"}, "2001:db8::1"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(proxies.client_address(c.peer, c.forwarded_for), c.client)
        << c.peer << " / " << (c.forwarded_for.empty() ? "" : c.forwarded_for[0]);
  }
}

TEST(TrustedProxiesTest, NoProxiesMeansThePeer) {
  const TrustedProxies none;
  EXPECT_TRUE(none.empty());
  EXPECT_EQ(none.client_address("127.0.0.1", {"198.51.100.1"}), "127.0.0.1");
}

}  // namespace
}  // namespace lenbot
