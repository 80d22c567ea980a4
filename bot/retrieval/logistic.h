#pragma once
// L2-regularised logistic regression fitted with LIBLINEAR (its L2R_LR primal solver, which is
// deterministic): features standardised to mean 0 and spread 1 first, so one C suits all.
#include <nlohmann/json.hpp>
#include <vector>

namespace lenbot {

struct LogisticModel {
  std::vector<double> mean;     // per feature, subtracted first
  std::vector<double> scale;    // per feature, divided by next
  std::vector<double> weights;  // per standardised feature
  double bias = 0.0;

  bool empty() const { return weights.empty(); }
  // The decision value w.x + b; missing trailing features count as the mean.
  double logit(const std::vector<double>& features) const;
  double probability(const std::vector<double>& features) const;
};

// Fits `labels` (1 or 0) from `rows` (all the same length). `c` is LIBLINEAR's inverse
// regularisation strength. Rows of one class only give a model predicting that class's rate.
LogisticModel fit_logistic(const std::vector<std::vector<double>>& rows,
                           const std::vector<int>& labels, double c = 1.0);

nlohmann::json to_json(const LogisticModel& model);
// Throws nlohmann::json::exception or std::runtime_error on a malformed object.
LogisticModel logistic_from_json(const nlohmann::json& json);

}  // namespace lenbot
