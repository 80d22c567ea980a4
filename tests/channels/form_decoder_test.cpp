#include "bot/channels/form_decoder.h"

#include <gtest/gtest.h>

namespace lenbot {
namespace {

TEST(WebhookFormTest, DecodesFieldsSafely) {
  struct Case {
    const char* body;
    std::optional<nlohmann::json> expected;
  };
  const Case cases[] = {
      {"", nlohmann::json::object()},
      {"text=len%2C+hi&user_id=u1", nlohmann::json{{"text", "len, hi"}, {"user_id", "u1"}}},
      {"a=1&a=2", nlohmann::json{{"a", "1"}}},
      {"flag&=x&&b=", nlohmann::json{{"flag", ""}, {"b", ""}}},
      {"t=%E9%8F%A1%e9%9f%b3", nlohmann::json{{"t", "\u93E1\u97F3"}}},
      {"t=a%3Db%26c", nlohmann::json{{"t", "a=b&c"}}},
      {"t=%", std::nullopt},
      {"t=%4", std::nullopt},
      {"t=%zz", std::nullopt},
      {"%=1", std::nullopt},
  };
  for (const auto& c : cases) EXPECT_EQ(decode_form(c.body), c.expected) << c.body;
}

TEST(WebhookFormTest, RefusesTooManyFields) {
  std::string body;
  for (std::size_t i = 0; i <= kMaxFormFields; ++i) body += "f" + std::to_string(i) + "=1&";
  EXPECT_EQ(decode_form(body), std::nullopt);
}

}  // namespace
}  // namespace lenbot
