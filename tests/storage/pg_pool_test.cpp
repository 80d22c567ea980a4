#include "bot/storage/pg_pool.h"

#include <gtest/gtest.h>

#include <string>

namespace lenbot {
namespace {

// What state_db means: a server for postgresql:// URIs, a file for everything else. These run
// without a server; tests/postgres/ has the ones that need one.
TEST(PgPoolTest, TellsUrisFromPaths) {
  struct Case {
    const char* state_db;
    bool uri;
  };
  const Case cases[] = {
      {"postgresql://lenbot@127.0.0.1:5432/lenbot", true},
      {"postgres://lenbot@/lenbot?host=/run/postgresql", true},
      {"data/state.db", false},
      {"/var/lib/lenbot/state.db", false},
      {"", false},
      {"postgresql:/missing-slash", false},
  };
  for (const auto& c : cases) EXPECT_EQ(is_postgres_uri(c.state_db), c.uri) << c.state_db;
}

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
