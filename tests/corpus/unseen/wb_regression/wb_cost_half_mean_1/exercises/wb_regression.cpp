// Exercise 5 — Rolling Downhill
#include "wb_regression.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace exercises {

double compute_cost(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  const double N = static_cast<double>(X.size());
  gdlab::Vector errors = (w * X).array() + b - y.array();
  return errors.squaredNorm() / (2.0 * N);  // J = 1/(2N) sum e^2
}

Gradients compute_gradients(const gdlab::Vector& X, const gdlab::Vector& y, double w, double b) {
  const double N = static_cast<double>(X.size());
  gdlab::Vector errors = (w * X).array() + b - y.array();
  Gradients g;
  g.dJ_dw = errors.dot(X) / N;
  g.dJ_db = errors.sum() / N;
  return g;
}

Training train(const gdlab::Vector& X, const gdlab::Vector& y, double w0, double b0, double lr,
               int iterations) {
  Training t;
  double w = w0, b = b0;
  t.w.push_back(w);
  t.b.push_back(b);
  for (int i = 0; i < iterations; ++i) {
    Gradients g = compute_gradients(X, y, w, b);
    w -= lr * g.dJ_dw;
    b -= lr * g.dJ_db;
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
  std::vector<bool> diverged;
  double best = std::numeric_limits<double>::infinity();
  for (double lr : rates) {
    Training t = train(X, y, 0.0, 0.0, lr, iterations);
    SweepRow row;
    row.lr = lr;
    row.w = t.w.back();
    row.b = t.b.back();
    row.final_cost = compute_cost(X, y, row.w, row.b);
    bool d = !std::isfinite(row.final_cost) || row.final_cost > start_cost;
    if (!d) best = std::min(best, row.final_cost);
    diverged.push_back(d);
    rows.push_back(row);
  }
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (diverged[i]) rows[i].label = RateLabel::diverges;
    else if (rows[i].final_cost <= (1.0 + tolerance) * best) rows[i].label = RateLabel::converges;
    else rows[i].label = RateLabel::too_slow;
  }
  return rows;
}

}  // namespace exercises
