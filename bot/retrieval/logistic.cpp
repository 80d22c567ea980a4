#include "bot/retrieval/logistic.h"

#include <linear.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace lenbot {
namespace {

void quiet(const char*) {}

}  // namespace

double LogisticModel::logit(const std::vector<double>& features) const {
  double value = bias;
  for (std::size_t i = 0; i < weights.size() && i < features.size(); ++i) {
    value += weights[i] * (features[i] - mean[i]) / scale[i];
  }
  return value;
}

double LogisticModel::probability(const std::vector<double>& features) const {
  return 1.0 / (1.0 + std::exp(-logit(features)));
}

LogisticModel fit_logistic(const std::vector<std::vector<double>>& rows,
                           const std::vector<int>& labels, double c) {
  LogisticModel model;
  if (rows.empty()) return model;
  const std::size_t n = rows.front().size();
  model.mean.assign(n, 0.0);
  model.scale.assign(n, 1.0);
  model.weights.assign(n, 0.0);
  const double count = static_cast<double>(rows.size());
  for (const auto& row : rows) {
    for (std::size_t j = 0; j < n; ++j) model.mean[j] += row[j] / count;
  }
  std::vector<double> spread(n, 0.0);
  for (const auto& row : rows) {
    for (std::size_t j = 0; j < n; ++j) spread[j] += std::pow(row[j] - model.mean[j], 2) / count;
  }
  for (std::size_t j = 0; j < n; ++j)
    model.scale[j] = spread[j] > 1e-12 ? std::sqrt(spread[j]) : 1.0;
  const int positives = static_cast<int>(std::count(labels.begin(), labels.end(), 1));
  if (positives == 0 || positives == static_cast<int>(labels.size())) {
    const double rate = std::clamp((positives + 0.5) / (count + 1.0), 0.0, 1.0);
    model.bias = std::log(rate / (1.0 - rate));
    return model;
  }
  // LIBLINEAR's sparse rows: every feature present (index from 1), the bias column, a sentinel.
  std::vector<std::vector<feature_node>> nodes(rows.size());
  std::vector<feature_node*> x(rows.size());
  std::vector<double> y(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      nodes[i].push_back({static_cast<int>(j + 1), (rows[i][j] - model.mean[j]) / model.scale[j]});
    }
    nodes[i].push_back({static_cast<int>(n + 1), 1.0});
    nodes[i].push_back({-1, 0.0});
    x[i] = nodes[i].data();
    y[i] = labels[i] == 1 ? 1.0 : -1.0;
  }
  problem prob{};
  prob.l = static_cast<int>(rows.size());
  prob.n = static_cast<int>(n + 1);
  prob.y = y.data();
  prob.x = x.data();
  prob.bias = 1.0;
  parameter param{};
  param.solver_type = L2R_LR;
  param.eps = 0.001;
  param.C = c;
  set_print_string_function(&quiet);
  ::model* fitted = ::train(&prob, &param);
  // LIBLINEAR orders the classes as first seen; its weights are for the first label.
  const double sign = fitted->label[0] == 1 ? 1.0 : -1.0;
  for (std::size_t j = 0; j < n; ++j) model.weights[j] = sign * fitted->w[j];
  model.bias = sign * fitted->w[n] * prob.bias;
  free_and_destroy_model(&fitted);
  return model;
}

nlohmann::json to_json(const LogisticModel& model) {
  return {{"mean", model.mean},
          {"scale", model.scale},
          {"weights", model.weights},
          {"bias", model.bias}};
}

LogisticModel logistic_from_json(const nlohmann::json& json) {
  LogisticModel model;
  model.mean = json.at("mean").get<std::vector<double>>();
  model.scale = json.at("scale").get<std::vector<double>>();
  model.weights = json.at("weights").get<std::vector<double>>();
  model.bias = json.at("bias").get<double>();
  if (model.mean.size() != model.weights.size() || model.scale.size() != model.weights.size()) {
    throw std::runtime_error("logistic model: feature counts differ");
  }
  for (double& s : model.scale) s = s > 0.0 ? s : 1.0;
  return model;
}

}  // namespace lenbot
