#include "bot/storage/pg_migrations.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "tests/postgres/pg_test_support.h"

namespace lenbot {
namespace {

TEST(PgMigrationsTest, VersionsAreNumberedInOrderFromOne) {
  int expected = 1;
  for (const PgMigration& m : pg_migrations()) {
    EXPECT_EQ(m.version, expected++) << m.name;
    EXPECT_FALSE(m.sql.empty()) << m.name;
  }
}

TEST(PgMigrationsTest, ReplicasStartingTogetherApplyEachMigrationOnce) {
  LENBOT_REQUIRE_POSTGRES();
  PgPoolOptions options;
  options.uri = shared_cluster().uri();
  PgPool setup(options);
  setup.run([](pqxx::connection& c) {
    pqxx::nontransaction tx(c);  // CREATE DATABASE cannot run inside a transaction
    tx.exec("CREATE DATABASE migrate_race");
  });
  options.uri =
      "postgresql://lenbot@/migrate_race?host=" + options.uri.substr(options.uri.find("host=") + 5);
  std::atomic<int> applied{0};
  std::vector<std::thread> replicas;
  for (int i = 0; i < 4; ++i) {
    replicas.emplace_back([&] {
      PgPool pool(options);
      applied += migrate(pool);
    });
  }
  for (auto& t : replicas) t.join();
  EXPECT_EQ(applied.load(), static_cast<int>(pg_migrations().size()));
  PgPool pool(options);
  EXPECT_EQ(migrate(pool), 0);
}

TEST(PgMigrationsTest, ADatabaseNewerThanTheBinaryIsRefused) {
  LENBOT_REQUIRE_POSTGRES();
  auto pool = replica_pool();
  pool->run([](pqxx::connection& c) {
    pqxx::work tx(c);
    tx.exec("INSERT INTO lenbot_schema_migrations (version, name) VALUES (9999, 'future')");
    tx.commit();
  });
  EXPECT_THROW(migrate(*pool), StorageError);
  pool->run([](pqxx::connection& c) {
    pqxx::work tx(c);
    tx.exec("DELETE FROM lenbot_schema_migrations WHERE version = 9999");
    tx.commit();
  });
  EXPECT_EQ(migrate(*pool), 0);
}

}  // namespace
}  // namespace lenbot
