#include "bot/channels/user_hash.h"

#include <gtest/gtest.h>

namespace lenbot {
namespace {

TEST(UserHashTest, TwelveHexDigitsOfTheDocumentedSha256) {
  // python3 -c "import hashlib; print(hashlib.sha256(b'lenbot-user:80351110224678912')
  //             .hexdigest()[:12])"
  EXPECT_EQ(user_hash("80351110224678912"), "ec26a896fae0");
  EXPECT_EQ(user_hash("80351110224678912"), user_hash("80351110224678912"));
  EXPECT_NE(user_hash("80351110224678912"), user_hash("80351110224678913"));
  EXPECT_EQ(user_hash("").size(), 12u);
}

}  // namespace
}  // namespace lenbot
