// Exercise 5: "Rolling Downhill": gradient descent for (w, b), and the learning-rate sweep.
#pragma once

#include <vector>

#include "gdlab/core.hpp"

namespace exercises {

// cost(w, b) = mean of (w x_i + b - y_i)^2   (the text's compute_cost)
double compute_cost(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b);

struct Gradients {
  double dJ_dw = 0;
  double dJ_db = 0;
};

// dJ/dw = mean of (errors * x), dJ/db = mean of errors, errors = w x + b - y
// (the gradients of J = 1/(2N) sum errors^2, as the text derives them).
Gradients compute_gradients(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b);

struct Training {
  std::vector<double> w;             // w_0, w_1, ..., w_iterations (start included)
  std::vector<double> b;             // b_0, b_1, ..., b_iterations
  std::vector<double> cost_history;  // compute_cost after each update (iterations entries)
};

// The text's training loop from (w0, b0): `iterations` simultaneous updates
// w <- w - lr dJ/dw, b <- b - lr dJ/db.
Training train(const gdlab::Vector& X, const gdlab::Vector& y, double w0, double b0, double lr,
               int iterations);

enum class RateLabel { too_slow, converges, diverges };

struct SweepRow {
  double lr = 0;
  double w = 0, b = 0;      // where training from (0, 0) ended
  double final_cost = 0;    // compute_cost there
  RateLabel label = RateLabel::too_slow;
};

// Train from (0, 0) once per rate and label each rate:
//   diverges:  the final cost is not finite, or larger than the cost at (0, 0);
//   converges: otherwise, when final_cost <= (1 + tolerance) * the smallest final cost of
//              the rates that did not diverge;
//   too_slow:  every other rate.
// Rows in the order of `rates`.
std::vector<SweepRow> sweep(const gdlab::Vector& X, const gdlab::Vector& y,
                            const std::vector<double>& rates, int iterations, double tolerance);

}  // namespace exercises
