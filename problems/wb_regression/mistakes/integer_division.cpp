// mistake: 1 / N in whole numbers, so both gradients are 0
// hint: 1 / N with N a count is integer division (0 for N > 1): write 1.0 / N, or divide by a double
// train steps along these gradients, so it never moves from its start.
#include "wb_regression.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace exercises {

double compute_cost(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  const gdlab::Vector errors = ((w * X).array() + b).matrix() - y;
  return errors.squaredNorm() / static_cast<double>(X.size());
}

Gradients compute_gradients(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  const gdlab::Vector errors = ((w * X).array() + b).matrix() - y;
  const gdlab::Index n = X.size();
  const double inv_n = 1 / n;  // whole numbers: 0
  return {errors.dot(X) * inv_n, errors.sum() * inv_n};
}

Training train(const gdlab::Vector& X, const gdlab::Vector& y, double w0, double b0, double lr,
               int iterations) {
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
}

std::vector<SweepRow> sweep(const gdlab::Vector& X, const gdlab::Vector& y,
                            const std::vector<double>& rates, int iterations, double tolerance) {
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
}

}  // namespace exercises
