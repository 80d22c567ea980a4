#include "bot/storage/pg_pool.h"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "tests/postgres/pg_test_support.h"

namespace lenbot {
namespace {

int select_one(PgPool& pool) {
  return pool.run([](pqxx::connection& c) {
    pqxx::nontransaction tx(c);
    return tx.exec("SELECT 1")[0][0].as<int>();
  });
}

TEST(PgPoolServerTest, AnUnreachableServerFailsAtConstructionWithOneLine) {
  LENBOT_REQUIRE_POSTGRES();
  const std::string wrong_socket = "postgresql://lenbot@/postgres?host=/nonexistent-dir";
  try {
    PgPool pool(PgPoolOptions{wrong_socket});
    ADD_FAILURE() << "connected to " << wrong_socket;
  } catch (const StateUnavailable& e) {
    const std::string what = e.what();
    EXPECT_EQ(what.find('\n'), std::string::npos) << what;
    EXPECT_NE(what.find("/nonexistent-dir"), std::string::npos) << what;
  }
}

TEST(PgPoolServerTest, NeverOpensMoreThanItsSize) {
  LENBOT_REQUIRE_POSTGRES();
  PgPoolOptions options{shared_cluster().uri(), 2};
  PgPool pool(options);
  std::vector<std::thread> threads;
  for (int i = 0; i < 6; ++i) {
    threads.emplace_back([&] {
      for (int j = 0; j < 20; ++j) EXPECT_EQ(select_one(pool), 1);
    });
  }
  for (auto& t : threads) t.join();
  const int backends = pool.run([](pqxx::connection& c) {
    pqxx::nontransaction tx(c);
    return tx.exec("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'lenbot'")[0][0]
        .as<int>();
  });
  EXPECT_LE(backends, 2);
}

// PostgreSQL goes away and comes back: calls in between throw StateUnavailable (the HTTP
// layer's 503), problem() says why, and the pool serves again within 5 s of the restart
// without being told.
TEST(PgPoolServerTest, ReconnectsByItselfAfterARestart) {
  LENBOT_REQUIRE_POSTGRES();
  PgPoolOptions options{shared_cluster().uri(), 3};
  options.probe_every = std::chrono::milliseconds(0);
  PgPool pool(options);
  ASSERT_EQ(select_one(pool), 1);
  EXPECT_FALSE(pool.problem());

  ASSERT_TRUE(shared_cluster().stop());
  EXPECT_THROW(select_one(pool), StateUnavailable);
  EXPECT_THROW(select_one(pool), StateUnavailable);
  const auto problem = pool.problem();
  ASSERT_TRUE(problem);
  EXPECT_NE(problem->find("unavailable"), std::string::npos) << *problem;
  EXPECT_GE(pool.errors(), 2u);

  ASSERT_TRUE(shared_cluster().start());
  const auto back = std::chrono::steady_clock::now();
  bool served = false;
  while (!served && std::chrono::steady_clock::now() - back < std::chrono::seconds(5)) {
    try {
      served = select_one(pool) == 1;
    } catch (const StateUnavailable&) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }
  EXPECT_TRUE(served);
  EXPECT_FALSE(pool.problem());
}

}  // namespace
}  // namespace lenbot
