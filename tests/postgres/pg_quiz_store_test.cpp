#include "bot/quiz/pg_quiz_store.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "tests/postgres/pg_test_support.h"
#include "tests/quiz/quiz_store_contract.h"

namespace lenbot {
namespace {

// Quiz state on the shared throwaway cluster, a channel of its own per test; each handle is a
// PgQuizStore on a pool of its own, as another replica would be.
struct PgQuizState {
  static void require() { LENBOT_REQUIRE_POSTGRES(); }
  std::unique_ptr<QuizStore> open() { return std::make_unique<PgQuizStore>(replica_pool()); }
  std::string channel(const std::string& name) const { return unique_name(name); }
};

INSTANTIATE_TYPED_TEST_SUITE_P(Postgres, QuizStoreContract, PgQuizState);

}  // namespace
}  // namespace lenbot
