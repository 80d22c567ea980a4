#include "bot/wire/http_message.h"

#include <gtest/gtest.h>

namespace lenbot {
namespace {

TEST(HttpMessageTest, HeadersAreCaseInsensitiveAndFirstWins) {
  HttpRequest r;
  r.headers.emplace("Content-Type", "a");
  r.headers.emplace("content-type", "b");
  EXPECT_EQ(r.header("CONTENT-TYPE"), "a");
  EXPECT_EQ(r.header("Accept"), std::nullopt);
  r.params.emplace("user", "len");
  EXPECT_EQ(r.param("user"), "len");
  EXPECT_EQ(r.param("use"), std::nullopt);
}

TEST(HttpMessageTest, DumpNeverThrowsOnInvalidUtf8) {
  const std::string bad = "ok \xff\xfe end";
  std::string out;
  EXPECT_NO_THROW(out = to_json_text({{"reply", bad}}));
  EXPECT_NE(out.find("\xEF\xBF\xBD"), std::string::npos);  // U+FFFD
  EXPECT_EQ(error_reply(400, bad).status, 400);
  const nlohmann::json value = {{"content", "bad \xff byte"}};
  EXPECT_EQ(to_json_text(value), "{\"content\":\"bad \xEF\xBF\xBD byte\"}");
}

TEST(HttpMessageTest, SetHeaderReplacesEveryValueOfTheName) {
  HttpRequest r;
  r.headers.emplace("X-Signature", "a");
  r.headers.emplace("x-signature", "b");
  r.set_header("X-SIGNATURE", "c");
  EXPECT_EQ(r.headers.count("x-signature"), 1u);
  EXPECT_EQ(r.header("X-Signature"), "c");
}

TEST(HttpMessageTest, NoContentIsAnEmpty204) {
  const HttpResponse quiet = no_content();
  EXPECT_EQ(quiet.status, 204);
  EXPECT_TRUE(quiet.body.empty());
  EXPECT_TRUE(quiet.content_type.empty());
}

}  // namespace
}  // namespace lenbot
