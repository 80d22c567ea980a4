#pragma once
// A live lenbot server for tests: the real Bot core (index and state under a temporary
// directory, built once per suite), the production routes plus one that throws, on an ephemeral
// loopback port. Started in SetUp once it accepts connections, stopped and joined in TearDown.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>

#include "bot/chat/bot.h"
#include "bot/http/chat_route.h"
#include "bot/http/server.h"
#include "bot/http/static_site.h"
#include "bot/http/status_routes.h"
#include "tests/support/test_bot.h"

namespace lenbot::testing {

struct RawResponse {
  int status = 0;  // 0 when nothing (or no status line) came back
  std::string head;
  std::string body;
};

class LiveServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir("http_test");
    bot_ = new Bot(test_bot_options(dir_->path(), true));
  }
  static void TearDownTestSuite() {
    delete bot_;
    bot_ = nullptr;
    delete dir_;
  }

  // The server counts a request in its access-log hook, which httplib runs after the response
  // is on the wire: the client can see the response a moment before the count. Polls
  // `condition` until it holds or `limit` passes.
  template <typename Condition>
  static bool eventually(Condition condition,
                         std::chrono::milliseconds limit = std::chrono::milliseconds(2000)) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (!condition()) {
      if (std::chrono::steady_clock::now() > deadline) return false;
      std::this_thread::yield();
    }
    return true;
  }

  // Requests per client address (and per user) the chat route allows per minute.
  virtual int rate_capacity() const { return 100000; }

  // Suites for other routes mount them here; router_, limiter_ and metrics_ are ready.
  virtual void mount_more_routes() {}

  // Suites that need other server settings (trusted proxies) change them here.
  virtual void adjust_options(ServerOptions&) const {}

  void SetUp() override {
    limiter_ = std::make_unique<RateLimiter>(rate_capacity(), std::chrono::seconds(60));
    mount_static_site(router_, load_static_site(LENBOT_SOURCE_DIR "/bot/web"));
    mount_status_routes(router_, metrics_);
    mount_chat_routes(
        router_, [](const ChatRequest& request) { return bot_->ask(request); }, *limiter_,
        metrics_);
    mount_more_routes();
    router_.get("/test/throw", [](const HttpRequest&) -> HttpResponse {
      throw std::runtime_error("secret internal detail 42");
    });
    ServerOptions options;
    options.threads = 4;
    options.read_timeout_seconds = 2;
    options.keep_alive_seconds = 1;
    adjust_options(options);
    server_ = std::make_unique<HttpServer>(options, router_, metrics_);
    port_ = server_->bind();
    thread_ = std::thread([this] { server_->run(); });
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!server_->is_running() && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    ASSERT_TRUE(server_->is_running());
  }

  void TearDown() override {
    server_->stop();
    thread_.join();
  }

  httplib::Client client() const {
    httplib::Client client("127.0.0.1", port_);
    client.set_read_timeout(30, 0);
    return client;
  }

  // Sends `bytes` as they are on a fresh connection and reads one response.
  RawResponse raw(const std::string& bytes) const {
    const int sock = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port_));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    timeval timeout{5, 0};
    ::setsockopt(sock, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    RawResponse out;
    if (::connect(sock, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
      ::close(sock);
      return out;
    }
    ::send(sock, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    std::string received;
    char buffer[4096];
    while (!complete(received)) {
      const ssize_t n = ::recv(sock, buffer, sizeof buffer, 0);
      if (n <= 0) break;
      received.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(sock);
    const auto end = received.find("\r\n\r\n");
    out.head = received.substr(0, end);
    if (end != std::string::npos) out.body = received.substr(end + 4);
    if (received.starts_with("HTTP/1.1 ") && received.size() >= 12) {
      out.status = std::stoi(received.substr(9, 3));
    }
    return out;
  }

  // True once `received` holds a head and the body its Content-Length announces.
  static bool complete(const std::string& received) {
    const auto end = received.find("\r\n\r\n");
    if (end == std::string::npos) return false;
    const auto at = received.find("Content-Length: ");
    if (at == std::string::npos || at > end) return true;
    return received.size() - end - 4 >= std::stoul(received.substr(at + 16));
  }

  static inline Bot* bot_ = nullptr;
  static inline TempDir* dir_ = nullptr;
  Router router_;
  Metrics metrics_;
  std::unique_ptr<RateLimiter> limiter_;
  std::unique_ptr<HttpServer> server_;
  std::thread thread_;
  int port_ = 0;
};

}  // namespace lenbot::testing
