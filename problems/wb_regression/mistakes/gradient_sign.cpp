// mistake: the gradients with the wrong sign
// hint: the error is prediction - y, so the gradients point uphill and descent steps against them
// As students write it, train steps along these gradients and so climbs; a train that climbs
// with the right gradients is ascent.
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
  const gdlab::Vector errors = y - ((w * X).array() + b).matrix();
  const double n = static_cast<double>(X.size());
  return {errors.dot(X) / n, errors.sum() / n};
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
