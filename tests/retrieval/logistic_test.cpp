#include "bot/retrieval/logistic.h"

#include <gtest/gtest.h>

namespace lenbot {
namespace {

// One feature that decides the label, one that is noise: the model must lean on the first.
TEST(LogisticTest, LearnsWhichFeatureDecides) {
  std::vector<std::vector<double>> rows;
  std::vector<int> labels;
  for (int i = 0; i < 200; ++i) {
    const double signal = (i % 20) / 10.0 - 1.0;  // -1 .. 0.9
    const double noise = ((i * 7) % 13) / 13.0;   // unrelated to the label
    rows.push_back({signal, noise});
    labels.push_back(signal + 0.1 * ((i % 3) - 1) > 0.0 ? 1 : 0);
  }
  const LogisticModel model = fit_logistic(rows, labels, 1.0);
  ASSERT_EQ(model.weights.size(), 2u);
  EXPECT_GT(model.weights[0], 1.0);
  EXPECT_LT(std::abs(model.weights[1]), model.weights[0] / 5.0);
  EXPECT_GT(model.probability({0.8, 0.5}), 0.9);
  EXPECT_LT(model.probability({-0.8, 0.5}), 0.1);
}

TEST(LogisticTest, IsDeterministic) {
  const std::vector<std::vector<double>> rows = {{0, 1}, {1, 0}, {2, 1}, {3, 0}, {0.5, 0.5}};
  const std::vector<int> labels = {0, 0, 1, 1, 0};
  const LogisticModel a = fit_logistic(rows, labels);
  const LogisticModel b = fit_logistic(rows, labels);
  EXPECT_EQ(a.weights, b.weights);
  EXPECT_EQ(a.bias, b.bias);
}

// One class only: no solver run, the rate of that class (smoothed) for every input.
TEST(LogisticTest, OneClassGivesItsRate) {
  const LogisticModel model = fit_logistic({{1.0}, {2.0}, {3.0}}, {0, 0, 0});
  EXPECT_LT(model.probability({2.0}), 0.2);
  EXPECT_EQ(model.probability({1.0}), model.probability({3.0}));
  EXPECT_TRUE(fit_logistic({}, {}).empty());
}

TEST(LogisticTest, RoundTripsThroughJson) {
  const LogisticModel model = fit_logistic({{0, 1}, {1, 0}, {2, 1}, {3, 0}}, {0, 0, 1, 1});
  const LogisticModel back = logistic_from_json(to_json(model));
  EXPECT_EQ(back.weights, model.weights);
  EXPECT_DOUBLE_EQ(back.logit({1.5, 0.5}), model.logit({1.5, 0.5}));
  nlohmann::json bad = to_json(model);
  bad["mean"] = {1.0};
  EXPECT_THROW(logistic_from_json(bad), std::exception);
  EXPECT_THROW(logistic_from_json(nlohmann::json::object()), std::exception);
}

}  // namespace
}  // namespace lenbot
