// Behind a reverse proxy every request arrives from the proxy's address. With the proxy in
// trusted_proxies, the rate limiter keys on the client X-Forwarded-For names; from any other
// peer the header is ignored.
#include <gtest/gtest.h>

#include <string>

#include "tests/http/live_server.h"

namespace lenbot {
namespace {

using testing::LiveServerTest;

// The default limit: 20 chat messages per client address per minute.
constexpr int kCapacity = 20;
constexpr int kUsers = kCapacity + 1;

class ServerProxyRateLimitTest : public LiveServerTest {
 protected:
  int rate_capacity() const override { return kCapacity; }

  // Statuses of one chat message from each of `kUsers` users, each behind its own address.
  std::vector<int> one_message_each() {
    auto client = this->client();
    std::vector<int> statuses;
    for (int user = 0; user < kUsers; ++user) {
      const httplib::Headers headers = {
          {"X-Forwarded-For", "198.51.100." + std::to_string(user + 1)}};
      const std::string id = std::to_string(user);
      const std::string body =
          R"({"conversation":"proxy)" + id + R"(","user":"fan)" + id + R"(","message":"hi"})";
      const auto res = client.Post("/api/chat", headers, body, "application/json");
      statuses.push_back(res ? res->status : 0);
    }
    return statuses;
  }
};

class ServerBehindTrustedProxy : public ServerProxyRateLimitTest {
 protected:
  void adjust_options(ServerOptions& options) const override {
    options.trusted_proxies = TrustedProxies({"127.0.0.1/32", "::1/128"});
  }
};

class ServerBehindUntrustedPeer : public ServerProxyRateLimitTest {
 protected:
  void adjust_options(ServerOptions& options) const override {
    options.trusted_proxies = TrustedProxies({"10.0.0.0/8"});  // not the test's loopback peer
  }
};

TEST_F(ServerBehindTrustedProxy, TwentyOneUsersAreLimitedSeparately) {
  for (const int status : one_message_each()) EXPECT_EQ(status, 200);
}

TEST_F(ServerBehindUntrustedPeer, ItsForwardedForIsIgnoredAndTheTwentyFirstWaits) {
  const auto statuses = one_message_each();
  for (std::size_t i = 0; i < kCapacity; ++i) EXPECT_EQ(statuses[i], 200) << i;
  EXPECT_EQ(statuses[kCapacity], 429);
}

}  // namespace
}  // namespace lenbot
