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

// A row of a `rows` result (one per learning rate of a sweep): its numbers by name, in the
// declared order (the first names the row in messages), and its label.
struct Row {
  std::vector<std::pair<std::string, double>> numbers;
  std::string label;  // an enumerator's name (too_slow, converges, diverges), "?" for none of them
};

// By the kind of result each comes from (spec::FieldKind): the checks read these.
struct Outcome {
  Path path;                          // every iterate, start included (path, coordinates)
  std::optional<int> steps;           // steps: how many steps were taken
  std::optional<bool> converged;      // converged: it stopped because |g| < tol
  std::optional<double> value;        // a single number (mse_loss, compute_cost)
  std::optional<Vector> gradient;     // a single vector, or the components (compute_gradients)
  std::vector<double> cost_history;   // costs: the cost after each step (train)
  std::vector<Row> rows;              // rows (sweep)
  std::vector<Vector> own_gradients;  // the student's own gradient at each iterate (`gradient:`)
  std::vector<std::pair<std::string, std::size_t>> coordinate_sizes;  // each coordinate's length (the path has
                                                                      // the shortest's)
  std::map<std::string, std::vector<double>> fields;                  // number, vector and numbers results, by name
};

// The "ok" object of a result frame. Throws std::invalid_argument when a field has the wrong
// shape (a protocol error: the harness, not the student, writes these fields).
Outcome outcome_from_json(const nlohmann::json& ok);

}  // namespace gdlab::grading
