#include "bot/storage/pg_pool.h"

#include <gtest/gtest.h>

#include <string>

namespace lenbot {
namespace {

TEST(PgPoolTest, RedactsOnlyThePassword) {
  struct Case {
    const char* uri;
    const char* shown;
  };
  const Case cases[] = {
      {"postgresql://lenbot:s3cret@db:5432/lenbot", "postgresql://lenbot:***@db:5432/lenbot"},
      {"postgresql://lenbot@db:5432/lenbot", "postgresql://lenbot@db:5432/lenbot"},
      {"postgresql://db:5432/lenbot", "postgresql://db:5432/lenbot"},
      {"postgresql:///lenbot?host=/tmp/a@b", "postgresql:///lenbot?host=/tmp/a@b"},
  };
  for (const auto& c : cases) EXPECT_EQ(redact_uri(c.uri), c.shown) << c.uri;
}

TEST(PgPoolTest, ABadUriIsOneStorageErrorNamingIt) {
  for (const char* uri : {"postgresql://lenbot:pw@[::1/lenbot", "postgresql://lenbot:pw@db/len%zz",
                          "postgresql://lenbot:pw@db/lenbot?nonsense=1"}) {
    try {
      PgPool pool(PgPoolOptions{uri});
      ADD_FAILURE() << "accepted " << uri;
    } catch (const StateUnavailable& e) {
      ADD_FAILURE() << "tried to connect to " << uri << ": " << e.what();
    } catch (const StorageError& e) {
      const std::string what = e.what();
      EXPECT_NE(what.find("bad PostgreSQL URI"), std::string::npos) << what;
      EXPECT_EQ(what.find("pw@"), std::string::npos) << "password shown: " << what;
      EXPECT_EQ(what.find('\n'), std::string::npos) << what;
    }
  }
}

}  // namespace
}  // namespace lenbot
