#include "bot/http/router.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace lenbot {
namespace {

HttpRequest request(std::string method, std::string path) {
  HttpRequest out;
  out.method = std::move(method);
  out.path = std::move(path);
  return out;
}

TEST(HttpRouterTest, DispatchesByExactPathAndMethod) {
  Router router;
  router.get("/a", [](const HttpRequest&) { return HttpResponse{200, "text/plain", "get a", {}}; });
  router.post("/a", [](const HttpRequest& r) {
    return HttpResponse{201, "text/plain", r.body, {}};
  });
  router.get("/a.b", [](const HttpRequest&) { return HttpResponse{200, "text/plain", "dot", {}}; });

  EXPECT_EQ(router.dispatch(request("GET", "/a")).body, "get a");
  EXPECT_EQ(router.dispatch(request("HEAD", "/a")).body, "get a");
  HttpRequest post = request("POST", "/a");
  post.body = "echo";
  EXPECT_EQ(router.dispatch(post).status, 201);
  EXPECT_EQ(router.dispatch(post).body, "echo");
  EXPECT_EQ(router.dispatch(request("GET", "/aXb")).status, 404);  // no pattern matching
  EXPECT_EQ(router.dispatch(request("GET", "/a/")).status, 404);
  EXPECT_EQ(router.dispatch(request("GET", "/A")).status, 404);

  const HttpResponse wrong = router.dispatch(request("DELETE", "/a"));
  EXPECT_EQ(wrong.status, 405);
  ASSERT_EQ(wrong.headers.size(), 1u);
  EXPECT_EQ(wrong.headers[0].first, "Allow");
  EXPECT_EQ(wrong.headers[0].second, "GET, HEAD, POST");
  EXPECT_EQ(wrong.content_type, "application/json");
}

TEST(HttpRouterTest, RefusesDuplicatesAndRelativePaths) {
  Router router;
  router.get("/x", [](const HttpRequest&) { return HttpResponse{}; });
  EXPECT_THROW(router.get("/x", [](const HttpRequest&) { return HttpResponse{}; }),
               std::logic_error);
  EXPECT_THROW(router.get("x", [](const HttpRequest&) { return HttpResponse{}; }),
               std::logic_error);
  EXPECT_TRUE(router.has_path("/x"));
  EXPECT_FALSE(router.has_path("/y"));
}

}  // namespace
}  // namespace lenbot
