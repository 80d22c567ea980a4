#pragma once
// What the PostgreSQL store tests share: one throwaway cluster per test process (started on
// first use), and a migrated pool on it per simulated replica.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "bot/storage/pg_migrations.h"
#include "bot/storage/pg_pool.h"
#include "tests/support/pg_cluster.h"

namespace lenbot {

inline PgCluster& shared_cluster() {
  static PgCluster cluster;
  return cluster;
}

// Skips the test when PostgreSQL is not installed (the fast tier on a bare machine); fails it
// when it is installed but will not start.
#define LENBOT_REQUIRE_POSTGRES()                                                     \
  do {                                                                                \
    if (!PgCluster::available()) GTEST_SKIP() << "postgresql-15 not installed";       \
    ASSERT_TRUE(shared_cluster().started()) << "the throwaway cluster did not start"; \
  } while (false)

// A replica's pool: its own connections to the shared cluster, migrated.
inline std::shared_ptr<PgPool> replica_pool(std::size_t size = 4) {
  PgPoolOptions options;
  options.uri = shared_cluster().uri();
  options.size = size;
  auto pool = std::make_shared<PgPool>(options);
  migrate(*pool);
  return pool;
}

// A name no other test uses, so tests can share one database.
inline std::string unique_name(const std::string& what) {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  return std::string(info->test_suite_name()) + "." + info->name() + "." + what;
}

}  // namespace lenbot
