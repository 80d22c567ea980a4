// The live server end to end: the chat flow, every refusal with its status (the hardening list
// sent raw over a socket), the 500 path, metrics and the page's security headers.
#include "bot/http/server.h"

#include <gtest/gtest.h>

#include <atomic>
#include <nlohmann/json.hpp>
#include <thread>
#include <vector>

#include "tests/http/live_server.h"

namespace lenbot {
namespace {

using nlohmann::json;
using testing::LiveServerTest;
using testing::RawResponse;

class ServerTest : public LiveServerTest {};

std::string chat_body(const std::string& message) {
  return json{{"conversation", "t1"}, {"user", "fan"}, {"message", message}}.dump();
}

TEST_F(ServerTest, ChatAnswersWithTheReplyShapeAndTheConversation) {
  auto client = this->client();
  const auto res = client.Post(
      "/api/chat",
      R"({"conversation": "c-42", "user": "fan", "message": "who is rin to you?", "until": "part4"})",
      "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/json");
  const json body = json::parse(res->body);
  EXPECT_EQ(body["conversation"], "c-42");
  EXPECT_TRUE(body["reply"].is_string());
  EXPECT_FALSE(body["reply"].get<std::string>().empty());
  EXPECT_TRUE(body["intent"].is_string());
  EXPECT_TRUE(body["confidence"].is_number());
  ASSERT_TRUE(body["sources"].is_array());
  for (const auto& source : body["sources"]) {
    EXPECT_TRUE(source["cite"].is_array());
    EXPECT_TRUE(source["section"].is_string());
    EXPECT_TRUE(source["text"].is_string());
  }

  const auto fresh = client.Post("/api/chat", R"({"message": "hi len"})", "application/json");
  ASSERT_TRUE(fresh);
  EXPECT_EQ(fresh->status, 200);
  EXPECT_EQ(json::parse(fresh->body)["conversation"].get<std::string>().size(), 16u)
      << "a conversation id is made up when the client sends none";
}

TEST_F(ServerTest, BadChatBodiesAre400WithAJsonError) {
  const std::string cases[] = {
      "not json",
      "{\"message\": 12}",
      "{\"user\": \"fan\"}",
      "{\"message\": \"\"}",
      "{\"message\": \"" + std::string(2001, 'a') + "\"}",
      std::string(100, '[') + std::string(100, ']'),
      "{\"message\": \"bad \xff utf8\"}",
      "{\"message\": \"hi\", \"until\": \"part7\"}",
  };
  auto client = this->client();
  for (const auto& body : cases) {
    const auto res = client.Post("/api/chat", body, "application/json");
    ASSERT_TRUE(res) << body.substr(0, 60);
    EXPECT_EQ(res->status, 400) << body.substr(0, 60);
    EXPECT_TRUE(json::parse(res->body)["error"].is_string()) << body.substr(0, 60);
  }
  EXPECT_TRUE(eventually([&] { return metrics_.requests("/api/chat", 400) == std::size(cases); }))
      << metrics_.requests("/api/chat", 400);
}

TEST_F(ServerTest, UnknownRoutesAre404AndWrongMethods405) {
  auto client = this->client();
  const auto missing = client.Get("/wp-admin");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  EXPECT_EQ(json::parse(missing->body)["error"], "no such route");
  const auto post_missing = client.Post("/nope", "{}", "application/json");
  ASSERT_TRUE(post_missing);
  EXPECT_EQ(post_missing->status, 404);

  const auto get_chat = client.Get("/api/chat");
  ASSERT_TRUE(get_chat);
  EXPECT_EQ(get_chat->status, 405);
  EXPECT_EQ(get_chat->get_header_value("Allow"), "POST");
  const auto post_health = client.Post("/healthz", "{}", "application/json");
  ASSERT_TRUE(post_health);
  EXPECT_EQ(post_health->status, 405);
  const auto dotted = client.Get("/lenXsvg");  // "." in a path is not a pattern
  ASSERT_TRUE(dotted);
  EXPECT_EQ(dotted->status, 404);
}

TEST_F(ServerTest, HardeningRefusalsOverARawSocket) {
  struct Case {
    const char* name;
    std::string request;
    int expected;
  };
  const std::string chat = "POST /api/chat HTTP/1.1\r\nHost: t\r\n";
  const std::string many_headers = [] {
    std::string out;
    for (int i = 0; i < 100; ++i) out += "X-H" + std::to_string(i) + ": v\r\n";
    return out;
  }();
  const std::string nested = std::string(65, '[') + std::string(65, ']');
  const Case cases[] = {
      {"chunked body", chat + "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n", 411},
      {"chunked and length",
       chat + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n", 400},
      {"gzip body", chat + "Content-Encoding: gzip\r\nContent-Length: 4\r\n\r\nabcd", 415},
      {"range", "GET / HTTP/1.1\r\nHost: t\r\nRange: bytes=0-10\r\n\r\n", 416},
      {"bad range", "GET / HTTP/1.1\r\nHost: t\r\nRange: pages=1\r\n\r\n", 416},
      {"post without length", chat + "\r\n", 411},
      {"long path", "GET /" + std::string(300, 'a') + " HTTP/1.1\r\nHost: t\r\n\r\n", 414},
      {"very long path", "GET /" + std::string(10000, 'a') + " HTTP/1.1\r\nHost: t\r\n\r\n", 414},
      {"too many headers", "GET / HTTP/1.1\r\nHost: t\r\n" + many_headers + "\r\n", 431},
      {"body over the limit", chat + "Content-Length: 70000\r\n\r\n{\"message\":", 413},
      {"two lengths", chat + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}", 400},
      {"deep json", chat + "Content-Length: " + std::to_string(nested.size()) + "\r\n\r\n" + nested,
       400},
      {"trace", "TRACE / HTTP/1.1\r\nHost: t\r\n\r\n", 405},
      {"garbage request line", "HELLO\r\n\r\n", 400},
      {"http/2 preface", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 400},
  };
  auto client = this->client();
  for (const auto& c : cases) {
    const RawResponse res = raw(c.request);
    EXPECT_EQ(res.status, c.expected) << c.name << "\n" << res.head;
    if (res.status == c.expected && res.status != 0) {
      const json body = json::parse(res.body, nullptr, false);
      EXPECT_TRUE(body.is_object() && body["error"].is_string()) << c.name << ": " << res.body;
      EXPECT_NE(res.head.find("X-Content-Type-Options: nosniff"), std::string::npos) << c.name;
    }
    const auto next = client.Get("/healthz");
    ASSERT_TRUE(next) << "server stopped answering after: " << c.name;
    EXPECT_EQ(next->status, 200) << c.name;
  }
}

TEST_F(ServerTest, ExceptionsBecomeA500WithAnIdAndNoDetail) {
  auto client = this->client();
  const auto res = client.Get("/test/throw");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 500);
  const json body = json::parse(res->body);
  EXPECT_EQ(body["id"].get<std::string>().size(), 8u);
  EXPECT_EQ(res->body.find("secret"), std::string::npos);
  for (const auto& [name, value] : res->headers) {
    EXPECT_EQ(value.find("secret"), std::string::npos) << name;
  }
}

TEST_F(ServerTest, SpoofedAddressHeadersAreNotTheClientAddress) {
  const RawResponse res =
      raw("GET /healthz HTTP/1.1\r\nHost: t\r\nREMOTE_ADDR: 10.9.9.9\r\nX-Forwarded-For: "
          "10.1.1.1\r\n\r\n");
  EXPECT_EQ(res.status, 200);
}

TEST_F(ServerTest, HealthAndMetricsCountEveryRequest) {
  auto client = this->client();
  const auto health = client.Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  EXPECT_EQ(json::parse(health->body), (json{{"status", "ok"}}));
  ASSERT_TRUE(client.Post("/api/chat", chat_body("do you like oranges?"), "application/json"));
  ASSERT_TRUE(client.Post("/api/chat", "{}", "application/json"));
  ASSERT_TRUE(client.Get("/nothing-here"));
  raw("POST /api/chat HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
  // Counted in the access-log hook after each response is sent: wait until all are in.
  const auto counted = [&] {
    return metrics_.requests("/healthz", 200) == 1 && metrics_.requests("/api/chat", 200) == 1 &&
           metrics_.requests("/api/chat", 400) == 1 && metrics_.requests("/api/chat", 411) == 1;
  };
  ASSERT_TRUE(eventually(counted)) << "healthz 200: " << metrics_.requests("/healthz", 200)
                                   << ", chat 200: " << metrics_.requests("/api/chat", 200)
                                   << ", chat 400: " << metrics_.requests("/api/chat", 400)
                                   << ", chat 411: " << metrics_.requests("/api/chat", 411);

  const auto res = client.Get("/metrics");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "text/plain; version=0.0.4; charset=utf-8");
  const std::string& text = res->body;
  EXPECT_NE(text.find("lenbot_http_requests_total{route=\"/healthz\",status=\"200\"} 1\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("lenbot_http_requests_total{route=\"/api/chat\",status=\"200\"} 1\n"),
            std::string::npos);
  EXPECT_NE(text.find("lenbot_http_requests_total{route=\"/api/chat\",status=\"400\"} 1\n"),
            std::string::npos);
  EXPECT_NE(text.find("lenbot_http_requests_total{route=\"/api/chat\",status=\"411\"} 1\n"),
            std::string::npos);
  EXPECT_NE(text.find("lenbot_http_requests_total{route=\"other\",status=\"404\"} 1\n"),
            std::string::npos);
  EXPECT_NE(text.find("lenbot_chat_reply_seconds_count 1\n"), std::string::npos);
  EXPECT_NE(text.find("lenbot_chat_fallback_total "), std::string::npos);
}

// Chats on every worker thread at once, two clients per conversation, so the shared Bot (index
// pool, conversation store, metrics) is used concurrently. Run under ThreadSanitizer by
// scripts/check_sanitizers.sh.
TEST_F(ServerTest, ConcurrentChatsAreAllAnswered) {
  constexpr int kClients = 4;
  constexpr int kEach = 6;
  const std::string messages[] = {"who is rin to you?", "why?",   "what did you steal?",
                                  "and then?",          "hi len", "source?"};
  std::atomic<int> answered{0};
  std::vector<std::thread> clients;
  for (int c = 0; c < kClients; ++c) {
    clients.emplace_back([&, c] {
      auto client = this->client();
      for (int i = 0; i < kEach; ++i) {
        const json body{
            {"conversation", "shared-" + std::to_string(c % 2)},
            {"user", "fan" + std::to_string(c)},
            {"message", messages[static_cast<std::size_t>(c + i) % std::size(messages)]}};
        const auto res = client.Post("/api/chat", body.dump(), "application/json");
        if (res && res->status == 200 && json::parse(res->body)["reply"].is_string()) ++answered;
      }
    });
  }
  for (auto& client : clients) client.join();
  EXPECT_EQ(answered.load(), kClients * kEach);
  const std::uint64_t expected = kClients * kEach;
  EXPECT_TRUE(eventually([&] { return metrics_.requests("/api/chat", 200) == expected; }));
}

TEST_F(ServerTest, ThePageAndAssetsCarryTheSecurityHeaders) {
  struct Case {
    const char* path;
    const char* type;
  };
  const Case cases[] = {{"/", "text/html; charset=utf-8"},
                        {"/app.js", "text/javascript; charset=utf-8"},
                        {"/style.css", "text/css; charset=utf-8"},
                        {"/len.svg", "image/svg+xml"}};
  auto client = this->client();
  for (const auto& c : cases) {
    const auto res = client.Get(c.path);
    ASSERT_TRUE(res) << c.path;
    EXPECT_EQ(res->status, 200) << c.path;
    EXPECT_EQ(res->get_header_value("Content-Type"), c.type) << c.path;
    EXPECT_EQ(res->get_header_value("Content-Security-Policy"), kContentSecurityPolicy) << c.path;
    EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff") << c.path;
    EXPECT_FALSE(res->body.empty()) << c.path;
  }
  const auto head = client.Head("/");
  ASSERT_TRUE(head);
  EXPECT_EQ(head->status, 200);
  EXPECT_TRUE(head->body.empty());
}

class ServerRateLimitTest : public LiveServerTest {
 protected:
  int rate_capacity() const override { return 2; }
};

TEST_F(ServerRateLimitTest, TheThirdQuickMessageWaitsWithRetryAfter) {
  auto client = this->client();
  for (int i = 0; i < 2; ++i) {
    const auto res = client.Post("/api/chat", chat_body("hi"), "application/json");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200);
  }
  const auto limited = client.Post("/api/chat", chat_body("hi"), "application/json");
  ASSERT_TRUE(limited);
  EXPECT_EQ(limited->status, 429);
  EXPECT_EQ(limited->get_header_value("Retry-After"), "30");
  EXPECT_TRUE(json::parse(limited->body)["error"].is_string());

  // A header cannot pose as another client.
  const std::string body = chat_body("hi");
  const RawResponse spoofed =
      raw("POST /api/chat HTTP/1.1\r\nHost: t\r\nREMOTE_ADDR: 10.0.0.7\r\nX-Forwarded-For: "
          "10.0.0.8\r\nContent-Type: application/json\r\nContent-Length: " +
          std::to_string(body.size()) + "\r\n\r\n" + body);
  EXPECT_EQ(spoofed.status, 429);
  EXPECT_EQ(client.Get("/healthz")->status, 200) << "only chat is limited";
}

}  // namespace
}  // namespace lenbot
