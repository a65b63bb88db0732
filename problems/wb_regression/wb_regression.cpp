// Exercise 5 — Rolling Downhill: gradient descent for a line y = w x + b
//
// With errors e_i = (w x_i + b) - y_i over N examples:
//
//     cost(w, b) = (1/N) sum_i e_i^2                 (compute_cost: a plain mean)
//     dJ/dw      = (1/N) sum_i e_i x_i               (the 2 of the square cancels the 1/2 of
//     dJ/db      = (1/N) sum_i e_i                    J = 1/(2N) sum e_i^2, as the text derives)
//
//     w <- w - alpha dJ/dw
//     b <- b - alpha dJ/db                           (both from the gradients at the OLD (w, b))
//
// train() keeps every w and b from the start, and the cost after each update, like the text's
// cost_history. sweep() trains once per learning rate from (0, 0) and labels each rate as
// wb_regression.hpp says: diverges, converges, or too_slow.
// The text's data is gdlab::rolling_downhill() (use its X.col(0) as X): 1000 iterations,
// alpha = 0.01, and the sweep over {0.0001, 0.001, 0.01, 0.1, 0.5}.
//
// Hint: compute both gradients before you change w or b. For the sweep, a diverged run ends
// in inf or nan: std::isfinite tells you which.
#include "wb_regression.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace exercises {

double compute_cost(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  // BEGIN SOLUTION
  // STUB: gdlab::todo("compute_cost");
  const gdlab::Vector errors = ((w * X).array() + b).matrix() - y;
  return errors.squaredNorm() / static_cast<double>(X.size());
  // END SOLUTION
}

Gradients compute_gradients(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  // BEGIN SOLUTION
  // STUB: gdlab::todo("compute_gradients");
  const gdlab::Vector errors = ((w * X).array() + b).matrix() - y;
  const double n = static_cast<double>(X.size());
  return {errors.dot(X) / n, errors.sum() / n};
  // END SOLUTION
}

Training train(const gdlab::Vector& X, const gdlab::Vector& y, double w0, double b0, double lr,
               int iterations) {
  // BEGIN SOLUTION
  // STUB: gdlab::todo("train");
  Training t;
  double w = w0, b = b0;
  t.w.push_back(w);
  t.b.push_back(b);
  for (int i = 0; i < iterations; ++i) {
    const Gradients g = compute_gradients(X, y, w, b);
    w = w - lr * g.dJ_dw;
    b = b - lr * g.dJ_db;
    t.w.push_back(w);
    t.b.push_back(b);
    t.cost_history.push_back(compute_cost(X, y, w, b));
  }
  return t;
  // END SOLUTION
}

std::vector<SweepRow> sweep(const gdlab::Vector& X, const gdlab::Vector& y,
                            const std::vector<double>& rates, int iterations, double tolerance) {
  // BEGIN SOLUTION
  // STUB: gdlab::todo("sweep");
  const double start_cost = compute_cost(X, y, 0.0, 0.0);
  std::vector<SweepRow> rows;
  double best = std::numeric_limits<double>::infinity();
  for (double lr : rates) {
    const Training t = train(X, y, 0.0, 0.0, lr, iterations);
    SweepRow row{lr, t.w.back(), t.b.back(), compute_cost(X, y, t.w.back(), t.b.back())};
    const bool diverged = !std::isfinite(row.final_cost) || row.final_cost > start_cost;
    row.label = diverged ? RateLabel::diverges : RateLabel::too_slow;
    if (!diverged) best = std::min(best, row.final_cost);
    rows.push_back(row);
  }
  for (auto& row : rows)
    if (row.label != RateLabel::diverges && row.final_cost <= (1 + tolerance) * best)
      row.label = RateLabel::converges;
  return rows;
  // END SOLUTION
}

}  // namespace exercises
