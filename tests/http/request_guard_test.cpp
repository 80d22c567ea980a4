#include "bot/http/request_guard.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lenbot {
namespace {

TEST(HttpRequestGuardTest, RefusesFramingTheServerCannotBound) {
  struct Case {
    const char* name;
    std::string method;
    std::string path;
    std::vector<std::pair<std::string, std::string>> headers;
    int expected;  // 0: accepted
  };
  const std::vector<Case> cases = {
      {"plain get", "GET", "/", {}, 0},
      {"post with length", "POST", "/api/chat", {{"Content-Length", "10"}}, 0},
      {"post at the limit", "POST", "/api/chat", {{"Content-Length", "65536"}}, 0},
      {"identity encoding",
       "POST",
       "/x",
       {{"Content-Length", "1"}, {"Content-Encoding", "identity"}},
       0},
      {"trace", "TRACE", "/", {}, 405},
      {"connect", "CONNECT", "/", {}, 405},
      {"long path", "GET", "/" + std::string(256, 'a'), {}, 414},
      {"chunked", "POST", "/api/chat", {{"Transfer-Encoding", "chunked"}}, 411},
      {"chunked get", "GET", "/", {{"transfer-encoding", "chunked"}}, 411},
      {"te and cl",
       "POST",
       "/api/chat",
       {{"Transfer-Encoding", "chunked"}, {"Content-Length", "3"}},
       400},
      {"gzip", "POST", "/api/chat", {{"Content-Length", "3"}, {"Content-Encoding", "gzip"}}, 415},
      {"range", "GET", "/", {{"Range", "bytes=0-1"}}, 416},
      {"post without length", "POST", "/api/chat", {}, 411},
      {"put without length", "PUT", "/api/chat", {}, 411},
      {"two lengths", "POST", "/api/chat", {{"Content-Length", "3"}, {"Content-Length", "4"}}, 400},
      {"signed length", "POST", "/api/chat", {{"Content-Length", "+3"}}, 400},
      {"hex length", "POST", "/api/chat", {{"Content-Length", "0x10"}}, 400},
      {"empty length", "POST", "/api/chat", {{"Content-Length", ""}}, 400},
      {"huge length", "POST", "/api/chat", {{"Content-Length", "99999999999999999999999"}}, 400},
      {"over the limit", "POST", "/api/chat", {{"Content-Length", "65537"}}, 413},
  };
  for (const auto& c : cases) {
    HttpRequest head;
    head.method = c.method;
    head.path = c.path;
    for (const auto& [name, value] : c.headers) head.headers.emplace(name, value);
    const auto refusal = check_request_head(head, c.path, RequestLimits{});
    EXPECT_EQ(refusal ? refusal->status : 0, c.expected) << c.name;
    if (refusal) {
      EXPECT_EQ(refusal->content_type, "application/json") << c.name;
    }
  }
}

TEST(HttpRequestGuardTest, CountsHeadersAndTheWholeTarget) {
  HttpRequest head;
  head.method = "GET";
  head.path = "/";
  EXPECT_EQ(check_request_head(head, "/?" + std::string(2000, 'q'), RequestLimits{})->status, 414);
  for (int i = 0; i < 65; ++i) head.headers.emplace("X-" + std::to_string(i), "v");
  EXPECT_EQ(check_request_head(head, "/", RequestLimits{})->status, 431);
}

}  // namespace
}  // namespace lenbot
