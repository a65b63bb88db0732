// What one call of an exercise produced: the student's (from the result frame) or the
// reference's (computed here, in the grader). Checks compare the two.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "gdlab/types.hpp"

namespace gdlab::grading {

struct SweepRow {
  double lr = 0;
  double w = 0, b = 0;  // where training at this rate ended
  double final_cost = 0;
  std::string label;  // too_slow | converges | diverges
};

struct Outcome {
  Path path;                                          // every iterate, start included
  std::optional<int> steps;                           // gd_2d_until
  std::optional<bool> converged;                      // gd_2d_until
  std::optional<double> value;                        // mse_loss, compute_cost
  std::optional<Vector> gradient;                     // mse_gradient, compute_gradients (dJ/dw, dJ/db)
  std::vector<double> cost_history;                   // train
  std::vector<SweepRow> rows;                         // sweep
  std::vector<Vector> own_gradients;                  // linreg_gd, train: the student's gradient at each iterate
  std::optional<std::size_t> w_size, b_size;          // train: the lengths of its w and b (the path has the shorter)
  std::map<std::string, std::vector<double>> fields;  // a declared entry's number, vector and numbers results
};

// The "ok" object of a result frame. Throws std::invalid_argument when a field has the wrong
// shape (a protocol error: the harness, not the student, writes these fields).
Outcome outcome_from_json(const nlohmann::json& ok);

}  // namespace gdlab::grading
